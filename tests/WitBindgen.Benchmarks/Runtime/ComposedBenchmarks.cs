using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// A composed component (tests/components/composed/forwarding.wat: a UTF-8 caller component forwarding to a UTF-16
/// callee component in the same root) called through the untyped API on both backends, so every call crosses a fused
/// adapter between the two inner components: a 1 MiB <c>list&lt;u8&gt;</c> and a 1 MiB string there and back. The
/// direct backend's adapter copies the list from memory to memory and moves the string as a value. Both sides'
/// allocators are started over after every call (two more calls, in every row). No fuel, timeout or token is set.
/// </summary>
[MemoryDiagnoser]
public class ComposedBenchmarks
{
    private const int MiB = 1 << 20;

    private readonly byte[] _bytes = new byte[MiB];
    private string _text = null!;
    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private ComponentLinker _linker = null!;
    private ComponentStore _wasmtimeStore = null!;
    private ComponentStore _directStore = null!;
    private DirectInstancePre _pre = null!;
    private CallValues _wasmtimeBytes = null!;
    private CallValues _wasmtimeEcho = null!;
    private CallValues _directBytes = null!;
    private CallValues _directEcho = null!;
    private CallValues[] _wasmtimeResets = null!;
    private CallValues[] _directResets = null!;
    private DirectExport _directBytesExport = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_bytes);
        _text = BenchmarkText.Utf8(MiB);
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "composed", "forwarding.wat"));
        _engine = new WasmEngine();
        _component = WasmComponent.FromWat(_engine, wat);
        ComponentHostFunction callback = (_, results) => results[0] = ComponentVal.U32(1);
        _linker = new ComponentLinker(_engine);
        _linker.DefineFunction(null, "callback", callback);
        _wasmtimeStore = new ComponentStore(_engine);
        var wasmtime = _linker.Instantiate(_wasmtimeStore, _component);
        _wasmtimeBytes = wasmtime.GetFunction(null, "run-echo-bytes").Call;
        _wasmtimeEcho = wasmtime.GetFunction(null, "run-echo").Call;
        _wasmtimeResets = [wasmtime.GetFunction(null, "caller-reset").Call, wasmtime.GetFunction(null, "callee-reset").Call];
        var hosts = new DirectHostFunctions();
        hosts.Define(null, "callback", callback);
        _pre = new DirectInstancePre(DirectComponent.FromWat(_engine, wat, "forwarding.wat"), hosts);
        _directStore = new ComponentStore(_engine);
        var direct = _pre.Instantiate(_directStore);
        _directBytesExport = direct.GetExport(null, "run-echo-bytes");
        _directBytes = _directBytesExport.Call;
        _directEcho = direct.GetExport(null, "run-echo").Call;
        _directResets = [direct.GetExport(null, "caller-reset").Call, direct.GetExport(null, "callee-reset").Call];
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

    [Benchmark(Description = "composed echo-bytes(list<u8> 1 MiB): Wasmtime backend")]
    public byte[] BytesWasmtime() => Call(_wasmtimeBytes, _wasmtimeResets, ComponentVal.Bytes(_bytes), static result => result.GetBytes());

    [Benchmark(Description = "composed echo-bytes(list<u8> 1 MiB): direct backend, untyped")]
    public byte[] BytesDirect() => Call(_directBytes, _directResets, ComponentVal.Bytes(_bytes), static result => result.GetBytes());

    [Benchmark(Description = "composed echo-bytes(list<u8> 1 MiB): direct backend, caller's core export with realloc + copy in and out (the adapter's share)")]
    public byte[] BytesDirectCore()
    {
        var options = _directBytesExport.Options;
        var pointer = options.CallRealloc(0, 0, 1, MiB);
        _bytes.CopyTo(options.Memory!.GetSpan((ulong)pointer, MiB));
        Span<ValRaw> slots = [ValRaw.FromI32(pointer), ValRaw.FromI32(MiB)];
        var bytes = _directBytesExport.Call(slots, static (export, results) =>
        {
            var memory = export.Options.Memory!;
            var area = memory.GetSpan((ulong)results[0].I32, 8);
            return memory.GetSpan(BitConverter.ToUInt32(area), BitConverter.ToInt32(area[4..])).ToArray();
        });
        foreach (var reset in _directResets)
        {
            reset([], []);
        }

        return bytes;
    }

    [Benchmark(Description = "composed echo(string 1 MiB, UTF-8 to UTF-16 and back): Wasmtime backend")]
    public string EchoWasmtime() => Call(_wasmtimeEcho, _wasmtimeResets, ComponentVal.String(_text), static result => result.GetString());

    [Benchmark(Description = "composed echo(string 1 MiB, UTF-8 to UTF-16 and back): direct backend, untyped")]
    public string EchoDirect() => Call(_directEcho, _directResets, ComponentVal.String(_text), static result => result.GetString());

    /// <summary>
    /// Calls with <paramref name="argument"/>, reads the result with <paramref name="read"/>, releases both, then
    /// calls <paramref name="resets"/>.
    /// </summary>
    private static T Call<T>(CallValues call, CallValues[] resets, ComponentVal argument, Func<ComponentVal, T> read)
    {
        ComponentVal[] args = [argument];
        var results = new ComponentVal[1];
        try
        {
            call(args, results);
            return read(results[0]);
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
            foreach (var reset in resets)
            {
                reset([], []);
            }
        }
    }
}
