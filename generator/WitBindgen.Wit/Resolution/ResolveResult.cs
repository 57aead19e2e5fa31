using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>The outcome of resolving a <see cref="WitInput"/>.</summary>
/// <param name="Model">The resolved model, or null when there were errors.</param>
/// <param name="Diagnostics">Every diagnostic, errors and warnings, in a stable order.</param>
public sealed record ResolveResult(WitModel? Model, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
