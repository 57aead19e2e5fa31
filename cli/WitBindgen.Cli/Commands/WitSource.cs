using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Cli.Commands;

/// <summary>Loads and resolves one input path the way every command does, and reports its diagnostics.</summary>
internal static class WitSource
{
    /// <summary>
    /// Reads <paramref name="path"/> (a .wit file or a package directory) and resolves it. The diagnostics of
    /// both steps are written to <paramref name="stderr"/>, one per line, in MSBuild form.
    /// </summary>
    /// <returns>The resolution result; when the input could not be read, a result holding only the read errors.</returns>
    public static ResolveResult LoadAndResolve(string path, IReadOnlyList<string> features, TextWriter stderr)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            var missing = Diagnostic.Create(WitDiagnostics.CannotRead, null, path, "the file or directory does not exist");
            stderr.WriteLine(missing.ToString());
            return new ResolveResult(null, EquatableArray.Create(missing));
        }

        var (input, loadDiagnostics) = WitInputLoader.Load(path, features);
        var result = input is null || loadDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? new ResolveResult(null, loadDiagnostics)
            : Combine(loadDiagnostics, WitResolver.Resolve(input));

        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        return result;
    }

    private static ResolveResult Combine(EquatableArray<Diagnostic> loadDiagnostics, ResolveResult resolved) =>
        loadDiagnostics.Count == 0
            ? resolved
            : resolved with { Diagnostics = loadDiagnostics.Concat(resolved.Diagnostics).ToEquatableArray() };
}
