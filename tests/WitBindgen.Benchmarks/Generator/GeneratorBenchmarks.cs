extern alias generator;

using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitBindingsGenerator = generator::WitBindgen.Generator.WitBindingsGenerator;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>
/// Runs the source generator over the WASI 0.2 <c>http</c> package and its dependencies as one <c>&lt;Wit&gt;</c>
/// item, as a compiler would: a full run with a fresh driver, and an incremental run after a one-line edit
/// of a doc comment (which changes the generated code, so the item is resolved and generated again).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string World = "proxy";
    private InMemoryAdditionalText[] _files = [];
    private WitItemOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private InMemoryAdditionalText _original = null!;
    private InMemoryAdditionalText _edited = null!;
    private GeneratorDriver _implementedDriver = null!;

    /// <summary>The binding mode; guest bindings cover resources, which the http world uses throughout.</summary>
    [Params("Guest")]
    public string Mode { get; set; } = "Guest";

    /// <summary>Reads the tree as the build's targets would list it, and runs a driver once for the incremental case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var conformance = ConformancePaths.Conformance ?? throw new InvalidOperationException(ConformancePaths.Missing);
        var root = Path.Combine(conformance, "wasi-wit", "http") + Path.DirectorySeparatorChar;
        var paths = Directory.GetFiles(root, "*.wit")
            .Concat(Directory.GetFiles(Path.Combine(root, "deps"), "*.wit"))
            .Concat(Directory.GetDirectories(Path.Combine(root, "deps")).SelectMany(d => Directory.GetFiles(d, "*.wit")))
            .Order(StringComparer.Ordinal);
        _files = paths.Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p))).ToArray();
        _options = new WitItemOptionsProvider(root, World, Mode);
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

    /// <summary>A first build: a fresh driver reads, resolves and generates everything.</summary>
    [Benchmark(Baseline = true)]
    public int FullRun() => CreateDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The next build after one line of one file changed.</summary>
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

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new WitBindingsGenerator().AsSourceGenerator()], _files, optionsProvider: _options);
}
