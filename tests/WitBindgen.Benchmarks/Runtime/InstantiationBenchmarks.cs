using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// One instance per request from one compiled component (tests/components/wasm/wasi-probe.wasm, a small C WASI
/// guest): a new store and instance by hand (the baseline), the same through <see cref="ComponentInstanceFactory"/>
/// with on-demand allocation and with Wasmtime's pooling allocator, and the cost of the first call on a fresh
/// instance (subtract the matching instantiation-only figure).
/// </summary>
[MemoryDiagnoser]
public class InstantiationBenchmarks
{
    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private ComponentLinker _linker = null!;
    private ComponentInstanceFactory _factory = null!;
    private ComponentExportIndex _bump = null!;

    private WasmEngine _pooledEngine = null!;
    private WasmComponent _pooledComponent = null!;
    private ComponentLinker _pooledLinker = null!;
    private ComponentInstanceFactory _pooledFactory = null!;
    private ComponentExportIndex _pooledBump = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "components", "wasi-probe.wasm");
        (_engine, _component, _linker) = Load(new WasmEngineOptions(), path);
        _factory = new ComponentInstanceFactory(_linker, _component);
        _bump = _component.GetExportIndex(null, "bump") ?? throw new InvalidOperationException("no bump export");

        var pooling = new PoolingAllocatorOptions { TotalComponentInstances = 64, TotalCoreInstances = 512, TotalMemories = 128, TotalTables = 512 };
        (_pooledEngine, _pooledComponent, _pooledLinker) = Load(new WasmEngineOptions { PoolingAllocator = pooling }, path);
        _pooledFactory = new ComponentInstanceFactory(_pooledLinker, _pooledComponent);
        _pooledBump = _pooledComponent.GetExportIndex(null, "bump") ?? throw new InvalidOperationException("no bump export");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
        _pooledLinker.Dispose();
        _pooledComponent.Dispose();
        _pooledEngine.Dispose();
    }

    /// <summary>Baseline: <c>new ComponentStore</c> + <c>ComponentLinker.Instantiate</c> + dispose, on-demand allocation.</summary>
    [Benchmark(Baseline = true)]
    public void StoreAndInstance()
    {
        using var store = new ComponentStore(_engine);
        _linker.Instantiate(store, _component);
    }

    /// <summary>The factory with Wasmtime's default (on-demand) allocator.</summary>
    [Benchmark]
    public void Factory()
    {
        using var lease = _factory.Create();
    }

    /// <summary>The factory on an engine with the pooling allocator.</summary>
    [Benchmark]
    public void PooledFactory()
    {
        using var lease = _pooledFactory.Create();
    }

    /// <summary>A fresh instance (on-demand) and its first call, <c>bump(1)</c>.</summary>
    [Benchmark]
    public uint FactoryFirstCall()
    {
        using var lease = _factory.Create();
        return Bump(lease.GetFunction(_bump));
    }

    /// <summary>A fresh pooled instance and its first call, <c>bump(1)</c>.</summary>
    [Benchmark]
    public uint PooledFactoryFirstCall()
    {
        using var lease = _pooledFactory.Create();
        return Bump(lease.GetFunction(_pooledBump));
    }

    private static uint Bump(ComponentFunction bump)
    {
        Span<ComponentVal> args = [ComponentVal.U32(1)];
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        bump.Call(args, results);
        return results[0].GetU32();
    }

    private static (WasmEngine, WasmComponent, ComponentLinker) Load(WasmEngineOptions options, string path)
    {
        var engine = new WasmEngine(options);
        var component = WasmComponent.FromFile(engine, path);
        var linker = new ComponentLinker(engine);
        linker.AddWasiPreview2();
        return (engine, component, linker);
    }
}
