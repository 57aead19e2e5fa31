using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// <c>record point { x: u32, y: u32 }</c> -> <c>public sealed record Point(uint X, uint Y);</c>, with each
/// field's docs on its positional property. Equality is the record's: arrays inside compare by reference.
/// </summary>
internal static class RecordEmitter
{
    /// <summary>Declarations longer than this are wrapped, one positional parameter per line.</summary>
    public const int MaxLineLength = 120;

    public static void Emit(IndentedWriter writer, CodeGenContext context, RecordDeclaration record)
    {
        DocComments.Summary(writer, record.Docs, TypeDeclarationEmitter.Describe(record, "record"));
        foreach (var field in record.Fields)
        {
            DocComments.Param(writer, field.Name, field.Docs, $"The <c>{DocComments.Escape(field.WitName)}</c> field.");
        }

        DocComments.StabilityAttributes(writer, record.Stability);
        var parameters = record.Fields.Select(f => $"{f.Type} {f.Name}").ToList();
        var header = $"{context.Accessibility} sealed record {record.Name}(";
        var oneLine = header + string.Join(", ", parameters) + ");";
        if (oneLine.Length + (writer.Depth * 4) <= MaxLineLength)
        {
            writer.Line(oneLine);
            return;
        }

        // Long records get one parameter per line.
        writer.Line(header);
        writer.Indent();
        for (var i = 0; i < parameters.Count; i++)
        {
            writer.Line(parameters[i] + (i == parameters.Count - 1 ? ");" : ","));
        }

        writer.Outdent();
    }
}
