using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WitBindgen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="WitBindingsGenerator"/> in memory over a <see cref="TestProject"/>.</summary>
internal static class GeneratorRunner
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);
    private static readonly Lazy<MetadataReference> FakeRuntime = new(CreateFakeRuntime);
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A compilation of an empty program referencing the framework and, as asked, the WitBindgen assemblies.</summary>
    public static CSharpCompilation CreateCompilation(bool referenceTypes = true, bool referenceRuntime = false)
    {
        var references = FrameworkReferences.Value.ToList();
        if (referenceTypes)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(WitBindgen.Unit).Assembly.Location));
        }

        if (referenceRuntime)
        {
            references.Add(FakeRuntime.Value);
        }

        return CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer; internal static class Program { }", ParseOptions)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>A driver over the project's files and options that records each pipeline step.</summary>
    public static GeneratorDriver CreateDriver(TestProject project) =>
        CSharpGeneratorDriver.Create(
            [new WitBindingsGenerator().AsSourceGenerator()],
            project.Texts,
            ParseOptions,
            project.CreateOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns the driver (for a later incremental run) and its result.</summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(
        TestProject project, CSharpCompilation? compilation = null)
    {
        compilation ??= CreateCompilation();
        var driver = CreateDriver(project).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, driver.GetRunResult(), output);
    }

    /// <summary>The generated files by hint name.</summary>
    /// <summary>
    /// The type declaration files (<c>*.Types.g.cs</c>) the run generated, by hint name: every mode emits them, so the
    /// generator's own behaviour is asserted on them; the mode-specific files are covered by the host and guest tests.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources
            .Where(s => s.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return paths
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    /// <summary>An empty assembly named WitBindgen.Runtime: the generator only checks that the project references it.</summary>
    private static MetadataReference CreateFakeRuntime()
    {
        var compilation = CSharpCompilation.Create(
            "WitBindgen.Runtime",
            [],
            FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.ToMetadataReference();
    }
}
