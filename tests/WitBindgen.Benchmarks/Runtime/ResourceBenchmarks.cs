using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// Resources through the untyped API on both backends in the same run (tests/components/resources/rules.wat):
/// creating a guest resource and dropping it from the host (its destructor runs), lending it back to its instance as
/// a borrow, and lending a host object to the guest, which drops the borrow. No fuel, timeout or token is set.
/// </summary>
[MemoryDiagnoser]
public class ResourceBenchmarks
{
    private Side _direct = null!;
    private Side _wasmtime = null!;

    [GlobalSetup]
    public void Setup()
    {
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "resources", "rules.wat"));
        _direct = new Side(ComponentBackend.Direct, wat);
        _wasmtime = new Side(ComponentBackend.Wasmtime, wat);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _direct.Dispose();
        _wasmtime.Dispose();
    }

    [Benchmark(Description = "create + drop a guest resource: Wasmtime backend")]
    public void CreateDropWasmtime() => _wasmtime.CreateDrop();

    [Benchmark(Description = "create + drop a guest resource: direct backend")]
    public void CreateDropDirect() => _direct.CreateDrop();

    [Benchmark(Description = "pass a guest resource back as borrow: Wasmtime backend")]
    public uint PassBorrowWasmtime() => _wasmtime.PassBorrow();

    [Benchmark(Description = "pass a guest resource back as borrow: direct backend")]
    public uint PassBorrowDirect() => _direct.PassBorrow();

    [Benchmark(Description = "lend a host object, guest drops the borrow: Wasmtime backend")]
    public uint LendHostWasmtime() => _wasmtime.LendHost();

    [Benchmark(Description = "lend a host object, guest drops the borrow: direct backend")]
    public uint LendHostDirect() => _direct.LendHost();

    private sealed class Side : IDisposable
    {
        private readonly WasmEngine _engine;
        private readonly WasmComponent _component;
        private readonly ComponentLinker _linker;
        private readonly ComponentStore _store;
        private readonly ComponentFunction _make;
        private readonly ComponentFunction _repOf;
        private readonly ComponentFunction _dropBorrow;
        private readonly HostResourceType _type = new("hr");
        private readonly object _host = new();
        private readonly ComponentResource _kept;

        public Side(ComponentBackend backend, string wat)
        {
            _engine = new WasmEngine(new WasmEngineOptions { Backend = backend });
            _component = WasmComponent.FromWat(_engine, wat);
            _linker = new ComponentLinker(_engine);
            _linker.DefineResource("test:rules/host", "hr", _type);
            _linker.DefineFunction("test:rules/host", "[constructor]hr", (_, _) => throw new InvalidOperationException("not used"));
            _linker.DefineFunction("test:rules/host", "[method]hr.value", (args, results) =>
                results[0] = ComponentVal.U32(ReferenceEquals(_type.Lift(args[0], "value"), _host) ? 1u : 0u));
            _linker.DefineFunction("test:rules/host", "give-twice", (_, _) => throw new InvalidOperationException("not used"));
            _store = new ComponentStore(_engine);
            var instance = _linker.Instantiate(_store, _component);
            _make = instance.GetFunction(null, "make");
            _repOf = instance.GetFunction(null, "rep-of");
            _dropBorrow = instance.GetFunction(null, "drop-borrow");
            _kept = Make();
        }

        public void CreateDrop() => Make().Dispose();

        public uint PassBorrow()
        {
            using var scope = ResourceScope.Enter(_store, null, _repOf.Name);
            Span<ComponentVal> args = [_kept.LowerBorrow("r")];
            Span<ComponentVal> results = [default];
            _repOf.Call(args, results);
            ComponentVal.Free(args);
            return results[0].GetU32();
        }

        public uint LendHost()
        {
            using var scope = ResourceScope.Enter(_store, null, _dropBorrow.Name);
            Span<ComponentVal> args = [_type.Lower(_host, owned: false, "h")];
            Span<ComponentVal> results = [default];
            _dropBorrow.Call(args, results);
            ComponentVal.Free(args);
            return results[0].GetU32();
        }

        public void Dispose()
        {
            _kept.Dispose();
            _store.Dispose();
            _linker.Dispose();
            _component.Dispose();
            _engine.Dispose();
        }

        private ComponentResource Make()
        {
            using var scope = ResourceScope.Enter(_store, null, _make.Name);
            Span<ComponentVal> args = [ComponentVal.U32(42)];
            Span<ComponentVal> results = [default];
            _make.Call(args, results);
            try
            {
                return ComponentResource.Lift(results[0], "make");
            }
            finally
            {
                ComponentVal.Free(results);
            }
        }
    }
}
