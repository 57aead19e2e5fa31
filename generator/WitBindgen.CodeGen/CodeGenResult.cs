using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.CodeGen;

/// <summary>The outcome of <see cref="CSharpGenerator.Generate"/>.</summary>
/// <param name="Files">The generated files, in a deterministic order.</param>
/// <param name="Diagnostics">Problems found; when any is an error, <paramref name="Files"/> may be incomplete.</param>
public sealed record CodeGenResult(EquatableArray<GeneratedFile> Files, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>The exports a guest world's code asks the user to implement, in the order written; empty in host mode.</summary>
    public EquatableArray<GuestExport> Exports { get; init; } = EquatableArray<GuestExport>.Empty;

    /// <summary>Whether an error was reported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// The named interfaces whose types this run declared (not reused), with their namespaces, ordered by WIT
    /// name; empty for internal bindings, whose types no other assembly can use.
    /// </summary>
    public EquatableArray<ReusedInterface> DeclaredInterfaces { get; init; } = EquatableArray<ReusedInterface>.Empty;
}
