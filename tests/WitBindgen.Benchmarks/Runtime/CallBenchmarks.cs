using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using Managed = Wasmtime;
using ManagedComponents = Wasmtime.Components;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// <c>add(s32, s32) -> s32</c>: WitBindgen.Runtime's span API against a typed core-wasm call (the floor) and the
/// Wasmtime package's managed component API.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private ComponentLinker _linker = null!;
    private ComponentStore _store = null!;
    private ComponentFunction _add = null!;

    private Managed.Engine _managedEngine = null!;
    private Managed.Module _module = null!;
    private Managed.Store _coreStore = null!;
    private Func<int, int, int> _coreAdd = null!;
    private ManagedComponents.Component _managedComponent = null!;
    private ManagedComponents.ComponentLinker _managedLinker = null!;
    private Managed.Store _componentStore = null!;
    private ManagedComponents.ComponentFunction _managedAdd = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new WasmEngine();
        _component = WasmComponent.FromWat(_engine, BenchmarkComponents.ComponentAdd);
        _linker = new ComponentLinker(_engine);
        _store = new ComponentStore(_engine);
        _add = _linker.Instantiate(_store, _component).GetFunction(BenchmarkComponents.ApiInterface, "add");

        _managedEngine = new Managed.Engine();
        _module = Managed.Module.FromText(_managedEngine, "add", BenchmarkComponents.CoreAdd);
        _coreStore = new Managed.Store(_managedEngine);
        _coreAdd = new Managed.Instance(_coreStore, _module).GetFunction<int, int, int>("add")
            ?? throw new InvalidOperationException("the core module exports no add");

        _managedComponent = ManagedComponents.Component.FromText(_managedEngine, BenchmarkComponents.ComponentAdd);
        _managedLinker = new ManagedComponents.ComponentLinker(_managedEngine);
        _componentStore = new Managed.Store(_managedEngine);
        _managedAdd = _managedLinker.Instantiate(_componentStore, _managedComponent).GetFunction(BenchmarkComponents.ApiInterface, "add")
            ?? throw new InvalidOperationException("the component exports no add");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
        _componentStore.Dispose();
        _managedLinker.Dispose();
        _managedComponent.Dispose();
        _coreStore.Dispose();
        _module.Dispose();
        _managedEngine.Dispose();
    }

    /// <summary>Floor: a typed core-wasm call through the managed Wasmtime package.</summary>
    [Benchmark(Baseline = true)]
    public int CoreWasmTyped() => _coreAdd(1, 2);

    /// <summary>WitBindgen.Runtime: arguments and result in stack-allocated native-layout values.</summary>
    [Benchmark]
    public int WitBindgenRuntime()
    {
        Span<ComponentVal> args = [ComponentVal.S32(1), ComponentVal.S32(2)];
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        _add.Call(args, results);
        return results[0].GetS32();
    }

    /// <summary>The Wasmtime package's managed component API (one object per value).</summary>
    [Benchmark]
    public int WasmtimeManagedComponents() =>
        _managedAdd.Call(ManagedComponents.ComponentValue.S32(1), ManagedComponents.ComponentValue.S32(2))!.AsS32();
}
