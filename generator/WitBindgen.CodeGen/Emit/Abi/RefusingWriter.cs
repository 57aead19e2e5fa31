using WitBindgen.CodeGen.Context.Marshal;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// Writes the checks a side that <see cref="AbiHelperSide.RefusesInvalidValues"/> makes before lowering a value the
/// Canonical ABI has no encoding for: null where WIT has no null, an enum value that names no case or flags with bits that
/// name no flag (a C# enum holds any value of its underlying type), a variant of no case, a fixed-length list of another
/// length. The exception is an <see cref="ArgumentException"/> without a parameter name, saying what is wrong with the
/// value in the words of the value path, which the call completes with the parameter or result.
/// </summary>
internal static class RefusingWriter
{
    /// <summary>Writes the check that <c>v</c> is one of <paramref name="enum"/>'s cases.</summary>
    public static void WriteEnumCheck(IndentedWriter w, AbiHelperSide side, EnumMarshal @enum)
    {
        if (!side.RefusesInvalidValues)
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
        if (!side.RefusesInvalidValues || flags.Flags.Count is 8 or 16 or 32 or 64)
        {
            return;
        }

        var mask = flags.Flags.Count == 0 ? "0UL" : $"(ulong){flags.Mask}";
        w.OpenBlock($"if ((unchecked((ulong)v) & ~{mask}) != 0)");
        w.Line($"throw UnknownFlags({Literal("flags " + flags.WitName)}, unchecked((ulong)v), {mask});");
        w.CloseBlock();
    }

    /// <summary>Writes the check that <c>v</c>, of the WIT type <paramref name="witType"/> (as the value path names it), is not null.</summary>
    public static void WriteNullCheck(IndentedWriter w, AbiHelperSide side, string witType)
    {
        if (!side.RefusesInvalidValues)
        {
            return;
        }

        w.OpenBlock("if (v is null)");
        w.Line($"throw NullValue({Literal(witType)});");
        w.CloseBlock();
    }

    /// <summary>Writes the last cases of a <c>switch (v)</c> over <paramref name="variant"/>'s cases: null, or a type of no case.</summary>
    public static void WriteVariantDefault(IndentedWriter w, AbiHelperSide side, VariantMarshal variant)
    {
        if (!side.RefusesInvalidValues)
        {
            w.Line("default:");
            w.Line("    throw new global::System.ArgumentException(\"a value of a case of the variant is required\", nameof(v));");
            return;
        }

        var type = Literal("variant " + variant.WitName);
        w.Line("case null:");
        w.Line($"    throw NullValue({type});");
        w.Line("default:");
        w.Line($"    throw UnknownCase({type}, v.GetType().Name);");
    }

    /// <summary>Writes the check that the array <c>v</c> of a fixed-length list is not null and has <paramref name="length"/> elements.</summary>
    public static void WriteLengthCheck(IndentedWriter w, AbiHelperSide side, uint length)
    {
        if (!side.RefusesInvalidValues)
        {
            ListMethods.WriteLengthCheck(w, length);
            return;
        }

        WriteNullCheck(w, side, "list");
        w.OpenBlock($"if (v.Length != {I((int)Math.Min(length, int.MaxValue))})");
        w.Line($"throw new global::System.ArgumentException($\"the fixed-length list must have exactly {length} elements but has {{v.Length}}.\");");
        w.CloseBlock();
    }
}
