using System.Globalization;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;
using WitBindgen.CodeGen.Naming;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// <c>flags perms { read, write }</c> -> <c>[Flags] public enum Perms : byte { None = 0, Read = 1 &lt;&lt; 0, Write = 1 &lt;&lt; 1 }</c>,
/// on the smallest unsigned type with a bit per flag. More than 64 flags is rejected by <see cref="Mapping.TypeSupport"/>.
/// </summary>
internal static class FlagsEmitter
{
    public static void Emit(IndentedWriter writer, CodeGenContext context, FlagsDeclaration flags)
    {
        DocComments.Summary(writer, flags.Docs, TypeDeclarationEmitter.Describe(flags, "flags"));
        DocComments.StabilityAttributes(writer, flags.Stability);
        writer.Line("[global::System.Flags]");
        writer.OpenBlock($"{context.Accessibility} enum {flags.Name} : {flags.UnderlyingType}");
        writer.Line("/// <summary>No flags set.</summary>");
        writer.Line($"{DeclaredMemberPlan.NoneMember} = 0,");
        for (var i = 0; i < flags.Flags.Count; i++)
        {
            var flag = flags.Flags[i];
            writer.Line();
            DocComments.Summary(writer, flag.Docs, $"The <c>{DocComments.Escape(flag.WitName)}</c> flag.");
            writer.Line($"{flag.Name} = 1{flags.LiteralSuffix} << {i.ToString(CultureInfo.InvariantCulture)},");
        }

        writer.CloseBlock();
    }
}
