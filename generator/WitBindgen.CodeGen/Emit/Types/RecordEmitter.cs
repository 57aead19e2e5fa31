using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Types;

/// <summary>
/// <c>record point { x: u32, y: u32 }</c> -> <c>public sealed record Point(uint X, uint Y);</c>, with each
/// field's docs on its positional property. Equality is the record's: arrays inside compare by reference.
/// </summary>
internal static class RecordEmitter
{
    /// <summary>Declarations longer than this are wrapped, one positional parameter per line.</summary>
    public const int MaxLineLength = 120;

    public static void Emit(IndentedWriter writer, CodeGenContext context, TypeDef def, string name, RecordKind record, IReadOnlyList<string> members)
    {
        var fields = record.Fields.Select((f, i) => (Field: f, Name: members[i])).ToList();

        DocComments.Summary(writer, def.Docs, TypeDeclarationEmitter.Describe(def, "record"));
        foreach (var (field, propertyName) in fields)
        {
            DocComments.Param(writer, propertyName, field.Docs, $"The <c>{DocComments.Escape(field.Name)}</c> field.");
        }

        DocComments.StabilityAttributes(writer, def.Stability);
        var parameters = fields.Select(f => $"{context.Types.Map(f.Field.Type)} {f.Name}").ToList();
        var header = $"{context.Accessibility} sealed record {name}(";
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
