extern alias generator;

using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindingsGenerator = generator::WitBindgen.Generator.WitBindingsGenerator;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>
/// Runs the source generator as a compiler would, over one <c>&lt;Wit&gt;</c> item: a full run with a fresh
/// driver, and an incremental run after a one-line edit of a doc comment (which changes the generated code, so
/// the item is resolved and generated again). Two trees: the WASI 0.2 <c>http</c> package with its dependencies
/// (33 files, many packages: the front end's cost) and the repository's <c>all-types</c> test world (one file
/// using every WIT type: the code generator's cost).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private InMemoryAdditionalText[] _files = [];
    private WitItemOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private InMemoryAdditionalText _original = null!;
    private InMemoryAdditionalText _edited = null!;
    private GeneratorDriver _implementedDriver = null!;

    /// <summary>The binding mode.</summary>
    [Params("Guest")]
    public string Mode { get; set; } = "Guest";

    /// <summary>The WIT tree: <c>wasi-http</c> (conformance material) or <c>all-types</c> (in the repository).</summary>
    [Params("wasi-http", "all-types")]
    public string Tree { get; set; } = "wasi-http";

    /// <summary>Reads the tree as the build's targets would list it, and runs a driver once for the incremental case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (root, world) = Tree switch
        {
            "wasi-http" => (Path.Combine(ConformancePaths.Conformance ?? throw new InvalidOperationException(ConformancePaths.Missing), "wasi-wit", "http"), "proxy"),
            "all-types" => (Path.Combine(RepoRoot(), "tests", "components", "all-types"), "all-types"),
            _ => throw new InvalidOperationException($"unknown tree {Tree}"),
        };
        root += Path.DirectorySeparatorChar;
        var deps = Path.Combine(root, "deps");
        var paths = Directory.GetFiles(root, "*.wit")
            .Concat(Directory.Exists(deps) ? Directory.GetFiles(deps, "*.wit") : [])
            .Concat(Directory.Exists(deps) ? Directory.GetDirectories(deps).SelectMany(d => Directory.GetFiles(d, "*.wit")) : [])
            .Order(StringComparer.Ordinal);
        _files = paths.Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p))).ToArray();
        _options = new WitItemOptionsProvider(root, world, Mode);
        // The generator adds code only when the project references WitBindgen.Types; an empty stand-in will do.
        var corlib = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);
        var types = CSharpCompilation.Create("WitBindgen.Types", [], [corlib]).ToMetadataReference();
        _compilation = CSharpCompilation.Create(
            "Consumer",
            [],
            [corlib, types],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        _warmDriver = CreateDriver().RunGenerators(_compilation);
        var result = _warmDriver.GetRunResult();
        Console.WriteLine($"// {_files.Length} files, {result.GeneratedTrees.Length} generated files, diagnostics: {string.Join("; ", result.Diagnostics.Select(d => d.Id).Distinct())}");

        // The same project with a class implementing the world's export, found by export discovery.
        _implementedDriver = CreateDriver().RunGenerators(_compilation.AddSyntaxTrees(Implementer(1)));
        var implemented = _implementedDriver.GetRunResult();
        Console.WriteLine($"// with an implementer: {string.Join(", ", implemented.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Where(n => n.EndsWith(".Implementation.g.cs", StringComparison.Ordinal)))}");

        _original = _files.First(f => f.Text.Contains("/// ", StringComparison.Ordinal));
        var docLine = _original.Text.IndexOf("/// ", StringComparison.Ordinal);
        _edited = new InMemoryAdditionalText(_original.Path, _original.Text.Insert(docLine + 4, "Edited. "));
    }

    /// <summary>
    /// A first build: a fresh driver reads, parses, resolves and generates everything. The texts are fresh
    /// copies, as a new compiler process would read them, so the generator's parse cache (keyed by the text
    /// instances a warm pipeline keeps) does not serve this run.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int FullRun() =>
        CSharpGeneratorDriver.Create([new WitBindingsGenerator().AsSourceGenerator()], _files.Select(f => new InMemoryAdditionalText(f.Path, new string(f.Text.AsSpan()))), optionsProvider: _options)
            .RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The next build after one line of one file changed: that file is parsed again, the item resolved and generated again.</summary>
    [Benchmark]
    public int IncrementalAfterOneLineEdit() =>
        _warmDriver.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The next build after only C# code changed: no WIT step reruns.</summary>
    [Benchmark]
    public int IncrementalAfterCSharpEdit() =>
        _warmDriver.RunGenerators(_compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class C { }"))).GetRunResult().GeneratedTrees.Length;

    /// <summary>The next build after a method body of the class implementing an export changed: only export discovery reads it again.</summary>
    [Benchmark]
    public int IncrementalAfterImplementerEdit() =>
        _implementedDriver.RunGenerators(_compilation.AddSyntaxTrees(Implementer(2))).GetRunResult().GeneratedTrees.Length;

    /// <summary>A class implementing the proxy world's <c>wasi:http/incoming-handler</c> export, with <paramref name="version"/> in a method body.</summary>
    private static SyntaxTree Implementer(int version) => CSharpSyntaxTree.ParseText(
        $$"""
        using Wasi.Http.IncomingHandler;
        namespace App;
        internal sealed class Handler : IIncomingHandler
        {
            public void Handle(object request, object responseOut) => System.Console.WriteLine({{version}});
        }
        """,
        path: "Handler.cs");

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WitBindgen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WitBindgen.sln not found above " + AppContext.BaseDirectory);
    }

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new WitBindingsGenerator().AsSourceGenerator()], _files, optionsProvider: _options);
}
