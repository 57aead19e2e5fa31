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
    public static void Emit(IndentedWriter writer, CodeGenContext context, TypeDef def, string name, VariantKind variant, IReadOnlyList<string> caseNames)
    {
        DocComments.Summary(writer, def.Docs, TypeDeclarationEmitter.Describe(def, "variant"));
        DocComments.StabilityAttributes(writer, def.Stability);
        writer.OpenBlock($"{context.Accessibility} abstract record {name}");
        writer.Line($"private {name}()");
        writer.Line("{");
        writer.Line("}");

        for (var i = 0; i < variant.Cases.Count; i++)
        {
            var @case = variant.Cases[i];
            var caseName = caseNames[i];
            writer.Line();
            DocComments.Summary(writer, @case.Docs, $"The <c>{DocComments.Escape(@case.Name)}</c> case.");
            if (@case.Type is { } payload)
            {
                DocComments.Param(writer, DeclaredMemberPlan.PayloadProperty, null, "The case's payload.");
                writer.Line($"public sealed record {caseName}({context.Types.Map(payload)} {DeclaredMemberPlan.PayloadProperty}) : {name};");
            }
            else
            {
                writer.Line($"public sealed record {caseName}() : {name};");
            }
        }

        writer.CloseBlock();
    }
}
