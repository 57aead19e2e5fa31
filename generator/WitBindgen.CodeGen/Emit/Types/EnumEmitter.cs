using System.Globalization;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary><c>enum color { red, green }</c> -> <c>public enum Color : byte { Red, Green }</c>; the underlying type is the Canonical ABI discriminant's size.</summary>
internal static class EnumEmitter
{
    public static void Emit(IndentedWriter writer, CodeGenContext context, EnumDeclaration @enum)
    {
        DocComments.Summary(writer, @enum.Docs, TypeDeclarationEmitter.Describe(@enum, "enum"));
        DocComments.StabilityAttributes(writer, @enum.Stability);
        writer.OpenBlock($"{context.Accessibility} enum {@enum.Name} : {@enum.UnderlyingType}");
        for (var i = 0; i < @enum.Cases.Count; i++)
        {
            var @case = @enum.Cases[i];
            if (i > 0)
            {
                writer.Line();
            }

            DocComments.Summary(writer, @case.Docs, $"The <c>{DocComments.Escape(@case.WitName)}</c> case.");
            writer.Line($"{@case.Name} = {i.ToString(CultureInfo.InvariantCulture)},");
        }

        writer.CloseBlock();
    }
}
