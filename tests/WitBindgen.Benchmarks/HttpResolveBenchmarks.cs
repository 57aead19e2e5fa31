using BenchmarkDotNet.Attributes;
using WitBindgen.Wit;
using WitBindgen.Wit.Resolution;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Benchmarks;

/// <summary>
/// Parses and resolves the WASI 0.2 <c>http</c> package with all its dependencies (about 40 files), the
/// largest real-world WIT tree in the conformance material. The files are read once; only in-memory work
/// is measured. Parsing alone is the baseline, so the resolver's own share is the ratio above 1. The minimum
/// and median are shown beside the mean because a busy machine inflates the mean first.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class HttpResolveBenchmarks
{
    private WitInput _input = null!;
    private SourceFile[] _allFiles = [];

    /// <summary>Reads <c>wasi-wit/http</c> and its <c>deps/</c> into memory.</summary>
    [GlobalSetup]
    public void LoadFiles()
    {
        var conformance = ConformancePaths.Conformance ?? throw new InvalidOperationException(ConformancePaths.Missing);
        var (input, diagnostics) = WitInputLoader.Load(Path.Combine(conformance, "wasi-wit", "http"), []);
        _input = input ?? throw new InvalidOperationException("cannot load wasi-wit/http: " + string.Join("; ", diagnostics));
        _allFiles = _input.RootFiles.Concat(_input.Dependencies.SelectMany(d => d.Files)).ToArray();

        var check = WitResolver.Resolve(_input);
        if (check.HasErrors)
        {
            throw new InvalidOperationException("wasi-wit/http does not resolve: " + string.Join("; ", check.Diagnostics));
        }
    }

    /// <summary>Parses every file of the tree, without resolving.</summary>
    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        var items = 0;
        foreach (var file in _allFiles)
        {
            items += WitParser.Parse(file).Diagnostics.Count + 1;
        }

        return items;
    }

    /// <summary>Parses and resolves the whole tree into a model, Canonical ABI layouts included.</summary>
    [Benchmark]
    public object? ParseAndResolve() => WitResolver.Resolve(_input).Model;
}
