using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;
using WitBindgen.CodeGen.Naming;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// <c>variant shape { circle(f32), none }</c> -> an abstract record <c>Shape</c> with a private constructor,
/// so only its nested cases derive from it, and one nested sealed record per case: <c>Shape.Circle(float Value)</c>
/// and <c>Shape.None()</c>. Consumers <c>switch</c> over the case types.
/// </summary>
internal static class VariantEmitter
{
    public static void Emit(IndentedWriter writer, CodeGenContext context, VariantDeclaration variant)
    {
        DocComments.Summary(writer, variant.Docs, TypeDeclarationEmitter.Describe(variant, "variant"));
        DocComments.StabilityAttributes(writer, variant.Stability);
        writer.OpenBlock($"{context.Accessibility} abstract record {variant.Name}");
        writer.Line($"private {variant.Name}()");
        writer.Line("{");
        writer.Line("}");

        foreach (var @case in variant.Cases)
        {
            writer.Line();
            DocComments.Summary(writer, @case.Docs, $"The <c>{DocComments.Escape(@case.WitName)}</c> case.");
            if (@case.Type is { } payload)
            {
                DocComments.Param(writer, DeclaredMemberPlan.PayloadProperty, null, "The case's payload.");
                writer.Line($"public sealed record {@case.Name}({payload} {DeclaredMemberPlan.PayloadProperty}) : {variant.Name};");
            }
            else
            {
                writer.Line($"public sealed record {@case.Name}() : {variant.Name};");
            }
        }

        writer.CloseBlock();
    }
}
