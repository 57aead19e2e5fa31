using BenchmarkDotNet.Attributes;
using Test.WasiProbe.WasiProbeWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Host;

/// <summary>
/// One instance per request through the generated world class (tests/components/wasm/wasi-probe.wasm, a small C WASI
/// guest): <c>Instantiate(engine, component)</c>, which shares one linker per engine; <c>Instantiate(store, component)</c>
/// in a new store, which still builds a linker with WASI on every call (what the engine overload did before); and
/// <see cref="ComponentInstanceFactory"/> with a linker built once, wrapped by <c>FromInstance</c> (the floor).
/// </summary>
[MemoryDiagnoser]
public class InstantiateBenchmarks
{
    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private ComponentLinker _linker = null!;
    private ComponentInstanceFactory _factory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new WasmEngine();
        _component = WasmComponent.FromFile(_engine, Path.Combine(AppContext.BaseDirectory, "components", "wasi-probe.wasm"));
        _linker = WasiProbe.CreateLinker(_engine);
        _factory = new ComponentInstanceFactory(_linker, _component);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    /// <summary>The generated engine overload: a new store, the engine's shared linker, an instance.</summary>
    [Benchmark]
    public void GeneratedInstantiate()
    {
        using var probe = WasiProbe.Instantiate(_engine, _component);
    }

    /// <summary>A new store and the generated store overload, which builds a linker with WASI per call.</summary>
    [Benchmark]
    public void LinkerPerCall()
    {
        using var store = new ComponentStore(_engine);
        WasiProbe.Instantiate(store, _component);
    }

    /// <summary>Baseline: the factory (a new store, one long-lived linker) and the generated typed view.</summary>
    [Benchmark(Baseline = true)]
    public void Factory()
    {
        using var lease = _factory.Create();
        WasiProbe.FromInstance(lease.Instance);
    }
}
