using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WitBindgen.CodeGen.Tests.Infrastructure;

/// <summary>
/// Compiles generated files in memory the way a user's project would: C# 12 (what net8.0 projects use),
/// nullable enabled, warnings as errors, documentation comments checked (CS1591 included), against the
/// running runtime's assemblies and WitBindgen.Types.
/// </summary>
internal static class RoslynCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        allowUnsafe: true, // guest bindings address linear memory through pointers
        deterministic: true);

    /// <summary>The errors (warnings count as errors) of compiling <paramref name="files"/>, formatted with their file and line.</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<GeneratedFile> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.HintName)).ToList();
        var compilation = CSharpCompilation.Create("Generated", trees, References.Value, CompilationOptions);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .Select(d => d.ToString())
            .ToList();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(WitBindgen.Unit).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
