using System.Globalization;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// <c>flags perms { read, write }</c> -> <c>[Flags] public enum Perms : byte { None = 0, Read = 1 &lt;&lt; 0, Write = 1 &lt;&lt; 1 }</c>,
/// on the smallest unsigned type with a bit per flag. More than 64 flags is rejected by <see cref="Mapping.TypeSupport"/>.
/// </summary>
internal static class FlagsEmitter
{
    public static void Emit(IndentedWriter writer, CodeGenContext context, TypeDef def, string name, FlagsKind flags, IReadOnlyList<string> members)
    {
        var (type, suffix) = UnderlyingType(flags.Flags.Count);

        DocComments.Summary(writer, def.Docs, TypeDeclarationEmitter.Describe(def, "flags"));
        DocComments.StabilityAttributes(writer, def.Stability);
        writer.Line("[global::System.Flags]");
        writer.OpenBlock($"{context.Accessibility} enum {name} : {type}");
        writer.Line("/// <summary>No flags set.</summary>");
        writer.Line($"{DeclaredMemberPlan.NoneMember} = 0,");
        for (var i = 0; i < flags.Flags.Count; i++)
        {
            var flag = flags.Flags[i];
            writer.Line();
            DocComments.Summary(writer, flag.Docs, $"The <c>{DocComments.Escape(flag.Name)}</c> flag.");
            writer.Line($"{members[i]} = 1{suffix} << {i.ToString(CultureInfo.InvariantCulture)},");
        }

        writer.CloseBlock();
    }

    /// <summary>The smallest unsigned type with <paramref name="flagCount"/> bits, and the literal suffix its shifts need.</summary>
    public static (string Type, string LiteralSuffix) UnderlyingType(int flagCount) => flagCount switch
    {
        <= 8 => ("byte", string.Empty),
        <= 16 => ("ushort", string.Empty),
        <= 32 => ("uint", "U"),
        _ => ("ulong", "UL"),
    };
}
