using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// <c>variant shape { circle(f32), none }</c> -> an abstract record <c>Shape</c> with a private constructor,
/// so only its nested cases derive from it, and one nested sealed record per case: <c>Shape.Circle(float Value)</c>
/// and <c>Shape.None()</c>. Consumers <c>switch</c> over the case types.
/// </summary>
internal static class VariantEmitter
{
    /// <summary>The property holding a case's payload.</summary>
    public const string PayloadProperty = "Value";

    public static void Emit(IndentedWriter writer, CodeGenContext context, TypeDef def, string name, VariantKind variant)
    {
        // A case may not be called like the variant (CS0542) nor like its payload property.
        var cases = RecordMemberNames.ScopeFor(name, PayloadProperty);

        DocComments.Summary(writer, def.Docs, TypeDeclarationEmitter.Describe(def, "variant"));
        DocComments.StabilityAttributes(writer, def.Stability);
        writer.OpenBlock($"{context.Accessibility} abstract record {name}");
        writer.Line($"private {name}()");
        writer.Line("{");
        writer.Line("}");

        foreach (var @case in variant.Cases)
        {
            var caseName = cases.Claim(CSharpNames.ToPascalCase(@case.Name));
            writer.Line();
            DocComments.Summary(writer, @case.Docs, $"The <c>{DocComments.Escape(@case.Name)}</c> case.");
            if (@case.Type is { } payload)
            {
                DocComments.Param(writer, PayloadProperty, null, "The case's payload.");
                writer.Line($"public sealed record {caseName}({context.Types.Map(payload)} {PayloadProperty}) : {name};");
            }
            else
            {
                writer.Line($"public sealed record {caseName}() : {name};");
            }
        }

        writer.CloseBlock();
    }
}
