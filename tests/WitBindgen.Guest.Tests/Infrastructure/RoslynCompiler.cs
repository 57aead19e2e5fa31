using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WitBindgen.Guest.Tests.Infrastructure;

/// <summary>
/// Compiles generated guest files in memory the way a guest project would: C# 12 (net8.0 projects), unsafe
/// code allowed, nullable enabled, warnings as errors, documentation comments checked, against the running
/// runtime's assemblies and WitBindgen.Types.
/// </summary>
internal static class RoslynCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        generalDiagnosticOption: ReportDiagnostic.Error,
        allowUnsafe: true,
        deterministic: true);

    /// <summary>The errors (warnings count as errors) of compiling <paramref name="sources"/> (hint name, text).</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<(string Name, string Text)> sources) =>
        Create(sources, extraReferences: Array.Empty<Assembly>()).GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .Select(d => d.ToString())
            .ToList();

    /// <summary>Compiles and loads <paramref name="sources"/>, which may use the types of <paramref name="extraReferences"/>.</summary>
    /// <exception cref="InvalidOperationException">The sources do not compile; the message lists the errors.</exception>
    public static Assembly Load(IEnumerable<(string Name, string Text)> sources, params Assembly[] extraReferences)
    {
        var compilation = Create(sources, extraReferences);
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var errors = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();
        if (!emitted.Success || errors.Count > 0)
        {
            throw new InvalidOperationException("generated code does not compile:\n" + string.Join("\n", errors.Take(20)));
        }

        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }

    private static CSharpCompilation Create(IEnumerable<(string Name, string Text)> sources, IEnumerable<Assembly> extraReferences)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Name)).ToList();
        var references = References.Value.AddRange(extraReferences.Select(a => MetadataReference.CreateFromFile(a.Location)));
        return CSharpCompilation.Create("Guest" + Guid.NewGuid().ToString("N"), trees, references, CompilationOptions);
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
