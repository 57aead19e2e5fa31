using BenchmarkDotNet.Attributes;
using Test.HostAdder.AdderWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Host;

/// <summary>
/// A guest calling the host's imports through generated bindings: <c>add(s32, s32)</c> and a 1 MiB <c>list&lt;u8&gt;</c>
/// argument, on the direct backend (the generated Canonical ABI implementation), on the direct backend through the
/// value-level definition only (what the bindings did before), and on the Wasmtime backend. Each row includes the
/// export call that makes the guest call the import. No fuel, timeout or token is set. The component is
/// tests/components/values/adder.wat.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Host")]
public class TypedImportBenchmarks
{
    private const int MiB = 1 << 20;

    private readonly List<IDisposable> _owned = [];
    private Adder _direct = null!;
    private Adder _wasmtime = null!;
    private ComponentFunction _valueAdd = null!;
    private ComponentFunction _valuePass = null!;
    private ComponentVal[] _addArguments = null!;
    private ComponentVal[] _passArguments = null!;
    private readonly ComponentVal[] _results = new ComponentVal[1];

    [GlobalSetup]
    public void Setup()
    {
        var direct = Own(new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false }));
        var wasmtime = Own(new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Wasmtime, CacheCompiledComponents = false }));
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "values", "adder.wat"));
        var component = Own(WasmComponent.FromWat(direct, wat));
        _direct = Own(Adder.Instantiate(direct, component, new Host()));
        _wasmtime = Own(Adder.Instantiate(wasmtime, Own(WasmComponent.FromWat(wasmtime, wat)), new Host()));

        // The value-level definitions alone, as the bindings registered them before the Canonical ABI ones.
        var linker = Own(new ComponentLinker(direct));
        linker.DefineFunction(null, "add", (args, results) => results[0] = ComponentVal.S32(args[0].GetS32() + args[1].GetS32()));
        linker.DefineFunction(null, "take", (args, results) => results[0] = ComponentVal.U64((ulong)args[0].GetList().Length));
        var store = Own(new ComponentStore(direct));
        var instance = linker.Instantiate(store, component);
        (_valueAdd, _valuePass) = (instance.GetFunction(null, "call-add"), instance.GetFunction(null, "pass"));
        _addArguments = [ComponentVal.S32(1), ComponentVal.S32(2)];
        _passArguments = [ComponentVal.U32(MiB)];

        if (_direct.Instance.Backend != ComponentBackend.Direct || _direct.CallAdd(1, 2) != 3 || _direct.Pass(MiB) != MiB || _wasmtime.Pass(MiB) != MiB)
        {
            throw new InvalidOperationException("the typed imports give wrong results");
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

    [Benchmark(Description = "import add: direct, generated Canonical ABI")]
    public int AddTyped() => _direct.CallAdd(1, 2);

    [Benchmark(Description = "import add: direct, value-level definition")]
    public int AddValue()
    {
        _valueAdd.Call(_addArguments, _results);
        return _results[0].GetS32();
    }

    [Benchmark(Description = "import add: Wasmtime backend")]
    public int AddWasmtime() => _wasmtime.CallAdd(1, 2);

    [Benchmark(Description = "import list<u8> 1 MiB argument: direct, generated Canonical ABI")]
    public ulong PassTyped() => _direct.Pass(MiB);

    [Benchmark(Description = "import list<u8> 1 MiB argument: direct, value-level definition")]
    public ulong PassValue()
    {
        _valuePass.Call(_passArguments, _results);
        return _results[0].GetU64();
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private sealed class Host : IAdderImports
    {
        public int Add(int a, int b) => a + b;

        public ulong Take(byte[] bytes) => (ulong)bytes.Length;
    }
}
