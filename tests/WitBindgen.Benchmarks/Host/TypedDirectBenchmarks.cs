using System.Text;
using BenchmarkDotNet.Attributes;
using WitBindgen.Benchmarks.Runtime;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;
using BenchInstance = Bench.Host.BenchWorld.Bench;
using ValuesInstance = Test.Values.ValuesWorld.Values;

namespace WitBindgen.Benchmarks.Host;

/// <summary>
/// The generated bindings' direct typed path (the Canonical ABI over the guest's memory, when the instance runs on the
/// direct backend) beside the floors measured in the same run on the same core modules: <c>add(s32, s32)</c> against
/// the direct backend's unchecked core call and the Wasmtime package's typed core call, a 1 MiB <c>list&lt;u8&gt;</c> parameter against realloc + copy + the core call, a 1 MiB <c>list&lt;u8&gt;</c>
/// result against the core call + a copy into a new <c>byte[]</c> + post-return (and a 64 MiB one, which returns whole), and a 1 MiB string each way against
/// realloc + <c>Encoding.UTF8.GetBytes</c> into memory + the core call + a validating <c>GetString</c> + post-return.
/// No fuel, timeout or token is set. The components are BenchComponent.wat (<c>add</c>, also on the Wasmtime backend)
/// and tests/components/values, instantiated on the direct backend.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Host")]
public class TypedDirectBenchmarks
{
    private const string Api = "test:values/api";
    private const int MiB = 1 << 20;
    private const int LargeResult = 64 * MiB;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly List<IDisposable> _owned = [];
    private readonly byte[] _bytes = new byte[MiB];
    private string _text = null!;
    private BenchInstance _bench = null!;
    private BenchInstance _benchWasmtime = null!;
    private ValuesInstance _values = null!;
    private ValuesInstance _valuesWasmtime = null!;
    private CoreFunction _coreAdd = null!;
    private Func<int, int, int> _typedAdd = null!;
    private DirectExport _sum = null!;
    private DirectExport _make = null!;
    private DirectExport _echo = null!;
    private CoreFunction _coreSum = null!;
    private CoreFunction _coreMake = null!;
    private CoreFunction _coreEcho = null!;
    private CoreFunction _corePost = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_bytes);
        _text = BenchmarkText.Utf8(MiB);
        var direct = Own(new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false }));
        var wasmtime = Own(new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Wasmtime, CacheCompiledComponents = false }));

        var benchWat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Host", "BenchComponent.wat"));
        _benchWasmtime = Own(BenchInstance.Instantiate(wasmtime, Own(WasmComponent.FromWat(wasmtime, benchWat))));
        _bench = Own(BenchInstance.Instantiate(direct, Own(WasmComponent.FromWat(direct, benchWat))));
        _coreAdd = _bench.Instance.GetFunction(null, "add").DirectExport!.Function;
        var managedEngine = Own(new Wasmtime.Engine());
        var managedModule = Own(Wasmtime.Module.FromText(managedEngine, "add", BenchmarkComponents.CoreAdd));
        _typedAdd = new Wasmtime.Instance(Own(new Wasmtime.Store(managedEngine)), managedModule).GetFunction<int, int, int>("add")
            ?? throw new InvalidOperationException("the core module exports no add");

        var valuesWat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "values", "values.wat"));
        _values = Own(ValuesInstance.Instantiate(direct, Own(WasmComponent.FromWat(direct, valuesWat))));
        _valuesWasmtime = Own(ValuesInstance.Instantiate(wasmtime, Own(WasmComponent.FromWat(wasmtime, valuesWat))));
        (_sum, _make, _echo) = (Export("sum"), Export("make"), Export("echo"));
        var core = _sum.Instance.CoreInstances[0];
        (_coreSum, _coreMake, _coreEcho, _corePost) = (core.GetFunction("sum", "sum")!, core.GetFunction("make", "make")!, core.GetFunction("echo", "echo")!, core.GetFunction("post", "post")!);

        if (_bench.Instance.Backend != ComponentBackend.Direct || _values.Instance.Backend != ComponentBackend.Direct)
        {
            throw new InvalidOperationException("the components do not run on the direct backend");
        }

        if (_bench.Add(1, 2) != 3 || _values.Api.Sum(_bytes) != (ulong)_bytes.Sum(b => (long)b) || _values.Api.Make(MiB).Length != MiB || _values.Api.Make(LargeResult).Length != LargeResult || _values.Api.Echo(_text) != _text)
        {
            throw new InvalidOperationException("the typed path gives wrong results");
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

    [Benchmark(Description = "add: generated, direct typed path")]
    public int AddTyped() => _bench.Add(1, 2);

    [Benchmark(Description = "add: floor, core call")]
    public int AddFloor()
    {
        Span<ValRaw> slots = [ValRaw.FromI32(1), ValRaw.FromI32(2)];
        _coreAdd.Call(slots);
        return slots[0].I32;
    }

    [Benchmark(Description = "add: floor, typed core call (Wasmtime package)")]
    public int AddTypedFloor() => _typedAdd(1, 2);

    [Benchmark(Description = "add: generated, Wasmtime backend")]
    public int AddWasmtime() => _benchWasmtime.Add(1, 2);

    [Benchmark(Description = "sum(list<u8> 1 MiB): generated, direct typed path")]
    public ulong SumTyped() => _values.Api.Sum(_bytes);

    [Benchmark(Description = "sum(list<u8> 1 MiB): floor, realloc + copy + core call")]
    public ulong SumFloor()
    {
        var memory = _sum.Options.Memory!;
        var pointer = _sum.Options.CallRealloc(0, 0, 1, MiB);
        _bytes.CopyTo(memory.GetSpan((ulong)pointer, MiB));
        Span<ValRaw> slots = [ValRaw.FromI32(pointer), ValRaw.FromI32(MiB)];
        _coreSum.Call(slots);
        return (ulong)slots[0].I64;
    }

    [Benchmark(Description = "sum(list<u8> 1 MiB): generated, Wasmtime backend")]
    public ulong SumWasmtime() => _valuesWasmtime.Api.Sum(_bytes);

    [Benchmark(Description = "make(1 MiB) -> list<u8>: generated, direct typed path")]
    public byte[] MakeTyped() => _values.Api.Make(MiB);

    [Benchmark(Description = "make(1 MiB) -> list<u8>: floor, core call + copy to byte[] + post-return")]
    public byte[] MakeFloor() => Make(MiB);

    [Benchmark(Description = "make(1 MiB) -> list<u8>: generated, Wasmtime backend")]
    public byte[] MakeWasmtime() => _valuesWasmtime.Api.Make(MiB);

    [Benchmark(Description = "make(64 MiB) -> list<u8>: generated, direct typed path")]
    public byte[] MakeLargeTyped() => _values.Api.Make(LargeResult);

    [Benchmark(Description = "make(64 MiB) -> list<u8>: floor, core call + copy to byte[] + post-return")]
    public byte[] MakeLargeFloor() => Make(LargeResult);

    [Benchmark(Description = "echo(string 1 MiB) -> string: generated, direct typed path")]
    public string EchoTyped() => _values.Api.Echo(_text);

    [Benchmark(Description = "echo(string 1 MiB) -> string: generated, Wasmtime backend")]
    public string EchoWasmtime() => _valuesWasmtime.Api.Echo(_text);

    [Benchmark(Description = "echo(string 1 MiB) -> string: floor, realloc + UTF8.GetBytes + core call + GetString + post-return")]
    public string EchoFloor()
    {
        var memory = _echo.Options.Memory!;
        var length = Encoding.UTF8.GetByteCount(_text);
        var pointer = _echo.Options.CallRealloc(0, 0, 1, length);
        Encoding.UTF8.GetBytes(_text, memory.GetSpan((ulong)pointer, length));
        Span<ValRaw> slots = [ValRaw.FromI32(pointer), ValRaw.FromI32(length)];
        _coreEcho.Call(slots);
        var area = memory.GetSpan((ulong)slots[0].I32, 8);
        var text = StrictUtf8.GetString(memory.GetSpan(BitConverter.ToUInt32(area), BitConverter.ToInt32(area[4..])));
        _corePost.Call(slots);
        return text;
    }

    // The floor of a list<u8> result of n bytes: the core call, a copy into a new byte[], post-return.
    private byte[] Make(int n)
    {
        Span<ValRaw> slots = [ValRaw.FromI32(n)];
        _coreMake.Call(slots);
        var memory = _make.Options.Memory!;
        var area = memory.GetSpan((ulong)slots[0].I32, 8);
        var bytes = memory.GetSpan(BitConverter.ToUInt32(area), BitConverter.ToInt32(area[4..])).ToArray();
        _corePost.Call(slots);
        return bytes;
    }

    private DirectExport Export(string name) => _values.Instance.GetFunction(Api, name).DirectExport!;

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
