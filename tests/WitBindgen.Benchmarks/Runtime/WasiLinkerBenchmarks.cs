using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Wasi;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// What <see cref="ComponentLinker.AddWasiPreview2"/> costs per linker now that it defines the direct backend's WASI
/// beside Wasmtime's: an empty linker (the baseline), the direct backend's definitions alone, and the whole call.
/// </summary>
[MemoryDiagnoser]
public class WasiLinkerBenchmarks
{
    private WasmEngine _engine = null!;

    [GlobalSetup]
    public void Setup() => _engine = new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false });

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    /// <summary>Baseline: <c>new ComponentLinker</c> and dispose.</summary>
    [Benchmark(Baseline = true)]
    public void EmptyLinker()
    {
        using var linker = new ComponentLinker(_engine);
    }

    /// <summary>The direct backend's WASI definitions only.</summary>
    [Benchmark]
    public void DirectWasiDefinitions()
    {
        using var linker = new ComponentLinker(_engine);
        WasiDefinitions.AddTo(linker);
    }

    /// <summary><see cref="ComponentLinker.AddWasiPreview2"/>: Wasmtime's WASI and the direct backend's.</summary>
    [Benchmark]
    public void AddWasiPreview2()
    {
        using var linker = new ComponentLinker(_engine);
        linker.AddWasiPreview2();
    }
}
