using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Syntax;

/// <summary>The result of parsing one file: a document (possibly partial) and any diagnostics.</summary>
/// <param name="Document">The syntax tree; on errors it holds what could be parsed.</param>
/// <param name="Diagnostics">Errors found while reading the file.</param>
public sealed record WitParseResult(WitDocument Document, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
