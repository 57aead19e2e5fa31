using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WitBindgen.CodeGen;
using WitBindgen.Wit;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>
/// The code generator of this checkout against a past build of it (<c>old-generator.sh</c>, by default the
/// commit before the binding plan), in one run, on the WASI 0.2 <c>http</c> tree's <c>proxy</c> world (which
/// includes its <c>imports</c> world), host and guest bindings. The old assemblies run in their own collectible
/// load context through delegates compiled once; the new generator is called directly. <see cref="Stage"/>
/// selects what one operation does: generate from a model resolved in the setup (the code generator alone), or
/// resolve and generate (the whole in-memory pipeline of <c>witbindgen generate</c>). Before measuring, the
/// setup checks that both write the same files, allowing only for renamed identifiers, and prints any difference.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class GeneratorComparisonBenchmarks
{
    /// <summary>The world both generators bind.</summary>
    public const string World = "proxy";

    private OldGenerator? _old;
    private Func<object, object> _oldRun = null!;
    private object _oldArgument = null!;
    private WitInput _input = null!;
    private WitBindgen.Wit.Model.WitModel _model = null!;
    private CodeGenOptions _options = null!;

    /// <summary><c>Generate</c> (from a resolved model) or <c>ResolveAndGenerate</c> (from the files read into memory).</summary>
    [Params("Generate", "ResolveAndGenerate")]
    public string Stage { get; set; } = "Generate";

    /// <summary>Why the comparison cannot run here (no conformance material, no old build), or null when it can.</summary>
    public static string? Unavailable => ConformancePaths.Conformance is null ? ConformancePaths.Missing : OldGenerator.Missing;

    /// <summary>Prepares and checks the host bindings of both generators.</summary>
    [GlobalSetup(Targets = [nameof(OldHost), nameof(NewHost)])]
    public void SetupHost() => Setup(BindingMode.Host);

    /// <summary>Prepares and checks the guest bindings of both generators.</summary>
    [GlobalSetup(Targets = [nameof(OldGuest), nameof(NewGuest)])]
    public void SetupGuest() => Setup(BindingMode.Guest);

    /// <summary>Drops the old generator's delegates and unloads its context.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _oldRun = null!;
        _oldArgument = null!;
        _old?.Dispose();
        _old = null;
    }

    /// <summary>The old generator's host bindings.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Host")]
    public object OldHost() => _oldRun(_oldArgument);

    /// <summary>This checkout's host bindings.</summary>
    [Benchmark]
    [BenchmarkCategory("Host")]
    public object NewHost() => RunNew();

    /// <summary>The old generator's guest bindings.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Guest")]
    public object OldGuest() => _oldRun(_oldArgument);

    /// <summary>This checkout's guest bindings.</summary>
    [Benchmark]
    [BenchmarkCategory("Guest")]
    public object NewGuest() => RunNew();

    private CodeGenResult RunNew() =>
        CSharpGenerator.Generate(Stage == "Generate" ? _model : WitResolver.Resolve(_input).Model!, _options);

    private void Setup(BindingMode mode)
    {
        if (Unavailable is { } unavailable)
        {
            throw new InvalidOperationException(unavailable);
        }

        var http = Path.Combine(ConformancePaths.Conformance!, "wasi-wit", "http");
        var (input, diagnostics) = WitInputLoader.Load(http, []);
        _input = input ?? throw new InvalidOperationException("cannot load wasi-wit/http: " + string.Join("; ", diagnostics));
        var resolved = WitResolver.Resolve(_input);
        _model = resolved.Model ?? throw new InvalidOperationException("wasi-wit/http does not resolve: " + string.Join("; ", resolved.Diagnostics));
        _options = new CodeGenOptions(World, mode, null, false);

        _old = OldGenerator.Load();
        var oldInput = _old.LoadInput(http);
        var resolveAndGenerate = _old.Pipeline(World, mode, resolve: true);
        (_oldRun, _oldArgument) = Stage == "Generate"
            ? (_old.Pipeline(World, mode, resolve: false), _old.ResolveModel(oldInput))
            : (resolveAndGenerate, oldInput);

        var (oldFiles, oldDiagnostics) = OldGenerator.Read(resolveAndGenerate(oldInput));
        var current = CSharpGenerator.Generate(_model, _options);
        Console.WriteLine($"// {mode}: old generator {OldGenerator.Revision[..Math.Min(7, OldGenerator.Revision.Length)]} wrote {oldFiles.Count} files "
            + $"({oldFiles.Sum(f => f.Text.Length) / 1024} K chars), this checkout {current.Files.Count} ({current.Files.Sum(f => f.Text.Length) / 1024} K chars)");
        var newDiagnostics = current.Diagnostics.Select(d => d.ToString()).ToList();
        if (!oldDiagnostics.SequenceEqual(newDiagnostics))
        {
            Console.WriteLine($"// diagnostics differ: old {Brief(oldDiagnostics)}, new {Brief(newDiagnostics)}");
        }

        if (oldFiles.Count == 0 || current.Files.Count == 0)
        {
            throw new InvalidOperationException($"{mode} bindings of {World}: a generator wrote no files; diagnostics: old {Brief(oldDiagnostics)}, new {Brief(newDiagnostics)}");
        }

        var comparison = GeneratedFilesComparison.Compare(oldFiles, current.Files.ToList());
        if (comparison.Summary.Length > 0)
        {
            Console.WriteLine(comparison.Summary);
            Console.WriteLine($"// {comparison.Renamed} file(s) differ only in names ({string.Join(", ", comparison.Renames)}), {comparison.Changed} in more");
        }
        else
        {
            Console.WriteLine("// the two generators wrote the same files");
        }

        if (comparison.Changed > 0)
        {
            throw new InvalidOperationException($"{mode} bindings of {World}: {comparison.Changed} file(s) differ in more than names; the two generators do not do the same work");
        }
    }

    private static string Brief(IReadOnlyList<string> diagnostics) =>
        diagnostics.Count <= 2 ? $"[{string.Join("; ", diagnostics)}]" : $"[{diagnostics[0]}; {diagnostics[1]}; … {diagnostics.Count} in all]";
}
