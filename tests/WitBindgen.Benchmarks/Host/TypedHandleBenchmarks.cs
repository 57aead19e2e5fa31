using BenchmarkDotNet.Attributes;
using Test.TypedHandles.Host;
using Test.TypedHandles.TypedHandlesWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Host;

/// <summary>
/// A guest calling methods of a host resource through generated bindings: <c>[method]counter.get: func() -> u32</c>
/// (a borrow of self lifted per call) and <c>[method]counter.add: func(bytes: list&lt;u8&gt;) -> u32</c> with 4 KiB, on
/// the direct backend through the generated Canonical ABI implementation, on the direct backend through value-level
/// definitions only (what the bindings did before), and on the Wasmtime backend. <c>get</c> is measured per call of a
/// loop of 1000 in the guest (export <c>get-many</c>); <c>add</c> per export call (<c>add-bytes</c>), which also makes
/// and drops the counter. The component is tests/components/typed-handles/typed-handles.wat.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Host")]
public class TypedHandleBenchmarks
{
    private const int Gets = 1000;
    private const int Bytes = 4096;
    private const string Interface = "test:typed-handles/host";

    private readonly List<IDisposable> _owned = [];
    private readonly ComponentVal[] _results = new ComponentVal[1];
    private TypedHandles _direct = null!;
    private TypedHandles _wasmtime = null!;
    private ComponentFunction _valueGetMany = null!;
    private ComponentFunction _valueAddBytes = null!;
    private ComponentVal[] _getArguments = null!;
    private ComponentVal[] _addArguments = null!;

    [GlobalSetup]
    public void Setup()
    {
        var direct = Own(new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false }));
        var wasmtime = Own(new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Wasmtime, CacheCompiledComponents = false }));
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "typed-handles", "typed-handles.wat"));
        var component = Own(WasmComponent.FromWat(direct, wat));
        _direct = Own(TypedHandles.Instantiate(direct, component, new Host()));
        _wasmtime = Own(TypedHandles.Instantiate(wasmtime, Own(WasmComponent.FromWat(wasmtime, wat)), new Host()));

        // The value-level definitions alone, as the bindings registered them before the Canonical ABI ones.
        var counter = new HostResourceType(Interface + "#counter");
        var linker = Own(new ComponentLinker(direct));
        linker.DefineResource(Interface, "counter", counter);
        linker.DefineResource(Interface, "token", new HostResourceType(Interface + "#token"));
        linker.DefineFunction(Interface, "[constructor]counter", (args, results) => results[0] = counter.Lower(new Counter7(), true, "the result"));
        linker.DefineFunction(Interface, "[method]counter.get", (args, results) =>
            results[0] = ComponentVal.U32(counter.Lift<Counter7>(args[0], "self").Get()));
        linker.DefineFunction(Interface, "[method]counter.add", (args, results) =>
            results[0] = ComponentVal.U32(counter.Lift<Counter7>(args[0], "self").Add(args[1].GetBytes())));
        linker.DefineUnknownImportsAsTraps(component);
        var store = Own(new ComponentStore(direct));
        var instance = linker.Instantiate(store, component);
        (_valueGetMany, _valueAddBytes) = (instance.GetFunction(null, "get-many"), instance.GetFunction(null, "add-bytes"));
        _getArguments = [ComponentVal.U32(Gets)];
        _addArguments = [ComponentVal.U32(Bytes)];

        if (_direct.Instance.Backend != ComponentBackend.Direct || _direct.GetMany(Gets) != 7 || _direct.AddBytes(Bytes) != Bytes
            || _wasmtime.GetMany(Gets) != 7 || GetManyValue() != 7 || AddBytesValue() != Bytes)
        {
            throw new InvalidOperationException("the typed handle imports give wrong results");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }
    }

    [Benchmark(Description = "import [method]counter.get: direct, generated Canonical ABI", OperationsPerInvoke = Gets)]
    public uint GetTyped() => _direct.GetMany(Gets);

    [Benchmark(Description = "import [method]counter.get: direct, value-level definition", OperationsPerInvoke = Gets)]
    public uint GetValue() => GetManyValue();

    [Benchmark(Description = "import [method]counter.get: Wasmtime backend", OperationsPerInvoke = Gets)]
    public uint GetWasmtime() => _wasmtime.GetMany(Gets);

    [Benchmark(Description = "import [method]counter.add 4 KiB list<u8>: direct, generated Canonical ABI")]
    public uint AddTyped() => _direct.AddBytes(Bytes);

    [Benchmark(Description = "import [method]counter.add 4 KiB list<u8>: direct, value-level definition")]
    public uint AddValue() => AddBytesValue();

    [Benchmark(Description = "import [method]counter.add 4 KiB list<u8>: Wasmtime backend")]
    public uint AddWasmtime() => _wasmtime.AddBytes(Bytes);

    private uint GetManyValue()
    {
        _valueGetMany.Call(_getArguments, _results);
        return _results[0].GetU32();
    }

    private uint AddBytesValue()
    {
        _valueAddBytes.Call(_addArguments, _results);
        return _results[0].GetU32();
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>A counter whose value is 7 and that adds the length of what it is given.</summary>
    private sealed class Counter7 : Counter
    {
        public override uint Get() => 7;

        public override uint Add(byte[] bytes) => (uint)bytes.Length;

        public override Counter Fork() => throw new NotSupportedException();

        public override void Dispose()
        {
        }
    }

    private sealed class Host : IHost
    {
        public Counter CreateCounter(uint start) => new Counter7();

        public Token CreateToken(uint v) => throw new NotSupportedException();

        public Result<Counter, ErrorCode> Open(int start) => throw new NotSupportedException();

        public Counter? Maybe(uint start) => throw new NotSupportedException();

        public Outcome Decide(uint v) => throw new NotSupportedException();

        public uint Sum(Counter[] cs) => throw new NotSupportedException();

        public uint ReadLent(Lent l) => throw new NotSupportedException();

        public uint Consume(Counter c) => throw new NotSupportedException();

        public Counter[] Make(uint n) => throw new NotSupportedException();

        public uint Pair(Counter c, Counter again) => throw new NotSupportedException();
    }
}
