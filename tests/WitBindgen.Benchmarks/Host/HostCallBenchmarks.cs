using BenchmarkDotNet.Attributes;
using BenchInstance = Bench.Host.BenchWorld.Bench;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Host;

/// <summary>
/// The generated host API beside its floors: a typed core-wasm call through the Wasmtime package (the floor for a
/// call), the same component call through the C API with values prepared in native memory beforehand (the floor
/// for the generated code), and copying a MiB straight into linear memory (what the component API cannot do,
/// since it never exposes a component's memory).
/// </summary>
[MemoryDiagnoser]
public class HostCallBenchmarks
{
    private const int MiB = 1 << 20;

    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private BenchInstance _bench = null!;
    private ComponentFunction _add = null!;
    private ComponentFunction _bytesLen = null!;
    private ComponentFunction _makeString = null!;
    private ComponentVal[] _addArgs = null!;
    private ComponentVal[] _bytesArgs = null!;
    private ComponentVal[] _makeStringArgs = null!;
    private byte[] _bytes = null!;

    private Wasmtime.Engine _coreEngine = null!;
    private Wasmtime.Store _coreStore = null!;
    private Func<int, int, int> _coreAdd = null!;
    private Wasmtime.Memory _coreMemory = null!;

    [GlobalSetup]
    public void Setup()
    {
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Host", "BenchComponent.wat"));
        _engine = new WasmEngine();
        _component = WasmComponent.FromWat(_engine, wat);
        _bench = BenchInstance.Instantiate(_engine, _component);

        _add = _bench.Instance.GetFunction(null, "add");
        _bytesLen = _bench.Instance.GetFunction(null, "bytes-len");
        _makeString = _bench.Instance.GetFunction(null, "make-string");
        _bytes = new byte[MiB];
        new Random(1).NextBytes(_bytes);
        _addArgs = [ComponentVal.S32(1), ComponentVal.S32(2)];
        _bytesArgs = [ComponentVal.Bytes(_bytes)];
        _makeStringArgs = [ComponentVal.U32(MiB)];

        _coreEngine = new Wasmtime.Engine();
        var module = Wasmtime.Module.FromText(_coreEngine, "bench", CoreModuleText(wat));
        _coreStore = new Wasmtime.Store(_coreEngine);
        var instance = new Wasmtime.Linker(_coreEngine).Instantiate(_coreStore, module);
        _coreAdd = instance.GetFunction<int, int, int>("add") ?? throw new InvalidOperationException("no core add");
        _coreMemory = instance.GetMemory("memory") ?? throw new InvalidOperationException("no core memory");
        _coreMemory.Grow(17);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ComponentVal.Free(_bytesArgs);
        _bench.Dispose();
        _component.Dispose();
        _engine.Dispose();
        _coreStore.Dispose();
        _coreEngine.Dispose();
    }

    [Benchmark(Description = "add: core wasm, typed (floor)")]
    public int CoreWasmAdd() => _coreAdd(1, 2);

    [Benchmark(Description = "add: C API, prepared values")]
    public int CApiAdd()
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        _add.Call(_addArgs, results);
        return results[0].GetS32();
    }

    [Benchmark(Description = "add: generated")]
    public int GeneratedAdd() => _bench.Add(1, 2);

    [Benchmark(Description = "1 MiB list<u8> param: copy into linear memory (core wasm)")]
    public int CoreWasmCopyMiB()
    {
        _bytes.CopyTo(_coreMemory.GetSpan(1024, MiB));
        return MiB;
    }

    [Benchmark(Description = "1 MiB list<u8> param: C API, prepared list")]
    public uint CApiBytesParam()
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        _bytesLen.Call(_bytesArgs, results);
        return results[0].GetU32();
    }

    [Benchmark(Description = "1 MiB list<u8> param: generated")]
    public uint GeneratedBytesParam() => _bench.BytesLen(_bytes);

    [Benchmark(Description = "1 MiB string result: C API, not decoded")]
    public int CApiStringResult()
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        _makeString.Call(_makeStringArgs, results);
        var length = results[0].GetStringUtf8().Length;
        results[0].Dispose();
        return length;
    }

    [Benchmark(Description = "1 MiB string result: generated")]
    public int GeneratedStringResult() => _bench.MakeString(MiB).Length;

    // The core module of the component text: from its `(core module $m` to the matching parenthesis.
    private static string CoreModuleText(string componentWat)
    {
        var start = componentWat.IndexOf("(core module $m", StringComparison.Ordinal);
        var depth = 0;
        for (var i = start; i < componentWat.Length; i++)
        {
            depth += componentWat[i] == '(' ? 1 : componentWat[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return "(module" + componentWat.Substring(start + "(core module $m".Length, i + 1 - start - "(core module $m".Length);
            }
        }

        throw new InvalidOperationException("unbalanced component text");
    }
}
