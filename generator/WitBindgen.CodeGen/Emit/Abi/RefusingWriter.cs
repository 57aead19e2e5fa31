using WitBindgen.CodeGen.Context.Marshal;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// Writes the checks a side that <see cref="AbiHelperSide.RefusesUnknownCases"/> makes before lowering an enum or flags
/// value: a C# enum holds any value of its underlying type, and the Canonical ABI has no encoding for the ones that name
/// no case or flag. The exception is an <see cref="ArgumentException"/> without a parameter name, which the call names.
/// </summary>
internal static class RefusingWriter
{
    /// <summary>Writes the check that <c>v</c> is one of <paramref name="enum"/>'s cases.</summary>
    public static void WriteEnumCheck(IndentedWriter w, AbiHelperSide side, EnumMarshal @enum)
    {
        if (!side.RefusesUnknownCases)
        {
            return;
        }

        w.OpenBlock($"if (unchecked((ulong)v) >= {U((uint)@enum.Cases.Count)})");
        w.Line($"throw UnknownCase({Literal("enum " + @enum.WitName)}, v.ToString());");
        w.CloseBlock();
    }

    /// <summary>Writes the check that <c>v</c> sets no bit beyond <paramref name="flags"/>' flags.</summary>
    public static void WriteFlagsCheck(IndentedWriter w, AbiHelperSide side, FlagsMarshal flags)
    {
        // Flags filling their C# type's bits (8, 16, 32 or 64 of them) have no value to refuse.
        if (!side.RefusesUnknownCases || flags.Flags.Count is 8 or 16 or 32 or 64)
        {
            return;
        }

        var mask = flags.Flags.Count == 0 ? "0UL" : $"(ulong){flags.Mask}";
        w.OpenBlock($"if ((unchecked((ulong)v) & ~{mask}) != 0)");
        w.Line($"throw UnknownFlags({Literal("flags " + flags.WitName)}, unchecked((ulong)v), {mask});");
        w.CloseBlock();
    }
}
