using System.Text;
using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// The same component (tests/components/values/values.wat) called through the untyped API on the Wasmtime backend
/// (<see cref="ComponentFunction.Call"/>) and on the direct backend (<see cref="DirectExport.Call(ReadOnlySpan{ComponentVal}, Span{ComponentVal})"/>)
/// with a 1 MiB <c>list&lt;u8&gt;</c> argument (<c>sum</c>), a 1 MiB <c>list&lt;u8&gt;</c> result (<c>make</c>) and a
/// 1 MiB string each way (<c>echo</c>), against the floor measured in the same run on the direct instance's own core
/// functions: realloc, a span copy (or UTF-8 encoding / validating decoding) and the typed core call, then post-return.
/// Every row starts from and ends in managed <c>byte[]</c>/<c>string</c>; no fuel, timeout or token is set.
/// </summary>
[MemoryDiagnoser]
public class DirectBackendBenchmarks
{
    private const string Api = "test:values/api";
    private const int MiB = 1 << 20;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly byte[] _bytes = new byte[MiB];
    private string _text = null!;
    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private ComponentLinker _linker = null!;
    private ComponentStore _wasmtimeStore = null!;
    private ComponentStore _directStore = null!;
    private DirectInstancePre _pre = null!;
    private CallValues _wasmtimeSum = null!;
    private CallValues _wasmtimeMake = null!;
    private CallValues _wasmtimeEcho = null!;
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
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "values", "values.wat"));
        _engine = new WasmEngine();
        _component = WasmComponent.FromWat(_engine, wat);
        _linker = new ComponentLinker(_engine);
        _wasmtimeStore = new ComponentStore(_engine);
        var wasmtime = _linker.Instantiate(_wasmtimeStore, _component);
        _wasmtimeSum = wasmtime.GetFunction(Api, "sum").Call;
        _wasmtimeMake = wasmtime.GetFunction(Api, "make").Call;
        _wasmtimeEcho = wasmtime.GetFunction(Api, "echo").Call;
        _directStore = new ComponentStore(_engine);
        _pre = new DirectInstancePre(DirectComponent.FromWat(_engine, wat, "values.wat"), new DirectHostFunctions());
        var direct = _pre.Instantiate(_directStore);
        _sum = direct.GetExport(Api, "sum");
        _make = direct.GetExport(Api, "make");
        _echo = direct.GetExport(Api, "echo");
        var core = direct.CoreInstances[0];
        _coreSum = core.GetFunction("sum", "sum")!;
        _coreMake = core.GetFunction("make", "make")!;
        _coreEcho = core.GetFunction("echo", "echo")!;
        _corePost = core.GetFunction("post", "post")!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _directStore.Dispose();
        _pre.Dispose();
        _wasmtimeStore.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    [Benchmark(Description = "sum(list<u8> 1 MiB): Wasmtime backend")]
    public ulong SumWasmtime() => CallU64(_wasmtimeSum, ComponentVal.Bytes(_bytes));

    [Benchmark(Description = "sum(list<u8> 1 MiB): direct backend, untyped")]
    public ulong SumDirect() => CallU64(_sum.Call, ComponentVal.Bytes(_bytes));

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

    [Benchmark(Description = "make(1 MiB) -> list<u8>: Wasmtime backend")]
    public byte[] MakeWasmtime() => CallBytes(_wasmtimeMake);

    [Benchmark(Description = "make(1 MiB) -> list<u8>: direct backend, untyped")]
    public byte[] MakeDirect() => CallBytes(_make.Call);

    [Benchmark(Description = "make(1 MiB) -> list<u8>: floor, core call + copy to byte[] + post-return")]
    public byte[] MakeFloor()
    {
        Span<ValRaw> slots = [ValRaw.FromI32(MiB)];
        _coreMake.Call(slots);
        var memory = _make.Options.Memory!;
        var area = memory.GetSpan((ulong)slots[0].I32, 8);
        var bytes = memory.GetSpan(BitConverter.ToUInt32(area), BitConverter.ToInt32(area[4..])).ToArray();
        _corePost.Call(slots);
        return bytes;
    }

    [Benchmark(Description = "echo(string 1 MiB) -> string: Wasmtime backend")]
    public string EchoWasmtime() => CallString(_wasmtimeEcho);

    [Benchmark(Description = "echo(string 1 MiB) -> string: direct backend, untyped")]
    public string EchoDirect() => CallString(_echo.Call);

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

    private static ulong CallU64(CallValues call, ComponentVal argument)
    {
        ComponentVal[] args = [argument];
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        try
        {
            call(args, results);
            return results[0].GetU64();
        }
        finally
        {
            ComponentVal.Free(args);
        }
    }

    private static byte[] CallBytes(CallValues call)
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        call([ComponentVal.U32(MiB)], results);
        try
        {
            return results[0].GetBytes();
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

    private string CallString(CallValues call)
    {
        ComponentVal[] args = [ComponentVal.String(_text)];
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        try
        {
            call(args, results);
            try
            {
                return results[0].GetString();
            }
            finally
            {
                ComponentVal.Free(results);
            }
        }
        finally
        {
            ComponentVal.Free(args);
        }
    }
}
