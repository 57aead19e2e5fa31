using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;
using Managed = Wasmtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// The direct backend's raw core layer against the managed Wasmtime package's typed calls on the same modules:
/// <c>add(i32, i32) -> i32</c> called from .NET, and a guest calling a host <c>add</c> import. The plain rows run
/// with no timeout, token or fuel; the <c>WithTimeout</c> and <c>WithFuel</c> rows show what each of those adds.
/// </summary>
[MemoryDiagnoser]
public class CoreCallBenchmarks
{
    private const string CallsHost = """
        (module
          (import "host" "add" (func $add (param i32 i32) (result i32)))
          (func (export "viaHost") (param i32 i32) (result i32) (call $add (local.get 0) (local.get 1))))
        """;

    private readonly List<IDisposable> _owned = [];
    private CoreFunction _add = null!;
    private nint _addContext;
    private CoreFunction _addWithTimeout = null!;
    private CoreFunction _addWithFuel = null!;
    private CoreFunction _viaHost = null!;
    private ComponentStore _fuelStore = null!;
    private Func<int, int, int> _typedAdd = null!;
    private Func<int, int, int> _typedViaHost = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = Own(new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false, EpochInterruption = true }));
        var module = CoreModule.FromWat(engine, BenchmarkComponents.CoreAdd);
        _add = Instantiate(engine, module, timeout: null).GetFunction("add")!;
        _addContext = _add.Store.Store.EnteredContext;
        _addWithTimeout = Instantiate(engine, module, TimeSpan.FromSeconds(10)).GetFunction("add")!;

        var fuelEngine = Own(new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false, ConsumeFuel = true }));
        _fuelStore = Own(new ComponentStore(fuelEngine) { Fuel = ulong.MaxValue / 2 });
        _addWithFuel = CoreInstance.Instantiate(CoreStore.For(_fuelStore), CoreModule.FromWat(fuelEngine, BenchmarkComponents.CoreAdd), [])
            .GetFunction("add")!;

        var linker = Own(new CoreLinker(engine));
        linker.DefineFunction("host", "add", new CoreFuncType([CoreValKind.I32, CoreValKind.I32], [CoreValKind.I32]), static (_, slots) =>
            slots[0].I32 = slots[0].I32 + slots[1].I32);
        var pre = Own(linker.InstantiatePre(CoreModule.FromWat(engine, CallsHost)));
        _viaHost = pre.Instantiate(CoreStore.For(Own(new ComponentStore(engine)))).GetFunction("viaHost")!;

        var managedEngine = Own(new Managed.Engine());
        var managedStore = Own(new Managed.Store(managedEngine));
        var managedModule = Own(Managed.Module.FromText(managedEngine, "add", BenchmarkComponents.CoreAdd));
        _typedAdd = new Managed.Instance(managedStore, managedModule).GetFunction<int, int, int>("add")
            ?? throw new InvalidOperationException("the core module exports no add");
        var managedLinker = Own(new Managed.Linker(managedEngine));
        managedLinker.DefineFunction("host", "add", static (int a, int b) => a + b);
        var hostModule = Own(Managed.Module.FromText(managedEngine, "viaHost", CallsHost));
        _typedViaHost = managedLinker.Instantiate(managedStore, hostModule).GetFunction<int, int, int>("viaHost")
            ?? throw new InvalidOperationException("the core module exports no viaHost");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }
    }

    /// <summary>Floor: a typed core call through the managed Wasmtime package.</summary>
    [Benchmark(Baseline = true)]
    public int TypedAdd() => _typedAdd(1, 2);

    /// <summary>The direct backend's unchecked call with a stack-allocated slot span.</summary>
    [Benchmark]
    public int UncheckedAdd()
    {
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        _add.Call(slots);
        return slots[0].I32;
    }

    /// <summary>
    /// The bare native call the layer wraps, with none of its checks (thread, disposal, poisoning, deadline): the
    /// difference to <see cref="UncheckedAdd"/> is what the layer itself costs.
    /// </summary>
    [Benchmark]
    public unsafe int BareNativeAdd()
    {
        ValRaw* slots = stackalloc ValRaw[2];
        slots[0] = ValRaw.FromI32(1);
        slots[1] = ValRaw.FromI32(2);
        var func = _add.Item;
        nint trap = 0;
        var error = CoreNativeMethods.wasmtime_func_call_unchecked(_addContext, &func, slots, 2, &trap);
        return error == 0 && trap == 0 ? slots[0].I32 : throw new InvalidOperationException("the bare call failed");
    }

    /// <summary>The same with a call timeout on the store: arming and lifting the epoch deadline around each call.</summary>
    [Benchmark]
    public int UncheckedAddWithTimeout()
    {
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        _addWithTimeout.Call(slots);
        return slots[0].I32;
    }

    /// <summary>The same on an engine that meters fuel.</summary>
    [Benchmark]
    public int UncheckedAddWithFuel()
    {
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        _addWithFuel.Call(slots);
        return slots[0].I32;
    }

    /// <summary>Floor for imports: the guest calls a typed host function of the managed package.</summary>
    [Benchmark]
    public int TypedViaHost() => _typedViaHost(1, 2);

    /// <summary>The guest calls a host function through the direct backend's unchecked trampoline.</summary>
    [Benchmark]
    public int UncheckedViaHost()
    {
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        _viaHost.Call(slots);
        return slots[0].I32;
    }

    private CoreInstance Instantiate(WasmEngine engine, CoreModule module, TimeSpan? timeout)
    {
        var store = Own(new ComponentStore(engine) { CallTimeout = timeout });
        return CoreInstance.Instantiate(CoreStore.For(store), module, []);
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
