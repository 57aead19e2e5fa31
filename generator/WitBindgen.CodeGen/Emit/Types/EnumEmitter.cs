using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary><c>enum color { red, green }</c> -> <c>public enum Color : byte { Red, Green }</c>; the underlying type is the Canonical ABI discriminant's size.</summary>
internal static class EnumEmitter
{
    public static void Emit(IndentedWriter writer, CodeGenContext context, TypeDef def, string name, EnumKind @enum, IReadOnlyList<string> members)
    {
        DocComments.Summary(writer, def.Docs, TypeDeclarationEmitter.Describe(def, "enum"));
        DocComments.StabilityAttributes(writer, def.Stability);
        writer.OpenBlock($"{context.Accessibility} enum {name} : {UnderlyingType(@enum.Cases.Count)}");
        for (var i = 0; i < @enum.Cases.Count; i++)
        {
            var @case = @enum.Cases[i];
            if (i > 0)
            {
                writer.Line();
            }

            DocComments.Summary(writer, @case.Docs, $"The <c>{DocComments.Escape(@case.Name)}</c> case.");
            writer.Line($"{members[i]} = {i.ToString(System.Globalization.CultureInfo.InvariantCulture)},");
        }

        writer.CloseBlock();
    }

    /// <summary>The smallest unsigned type that holds <paramref name="caseCount"/> discriminants.</summary>
    public static string UnderlyingType(int caseCount) => caseCount <= 0x100 ? "byte" : caseCount <= 0x10000 ? "ushort" : "uint";
}
