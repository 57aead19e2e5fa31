using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// A 1 MiB <c>list&lt;u8&gt;</c> parameter and a 1 MiB <c>string</c> result through WitBindgen.Runtime: the C API floor
/// (values already in native memory, UTF-8 left undecoded) against the realistic path (from and to managed
/// <c>byte[]</c>/<c>string</c>).
/// </summary>
[MemoryDiagnoser]
public class BulkBenchmarks
{
    private readonly byte[] _bytes = new byte[BenchmarkComponents.MiB];
    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private ComponentLinker _linker = null!;
    private ComponentStore _store = null!;
    private ComponentFunction _consume = null!;
    private ComponentFunction _produce = null!;
    private ComponentVal[] _preparedList = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_bytes);
        _engine = new WasmEngine();
        _component = WasmComponent.FromWat(_engine, BenchmarkComponents.ComponentBulk);
        _linker = new ComponentLinker(_engine);
        _store = new ComponentStore(_engine);
        var instance = _linker.Instantiate(_store, _component);
        _consume = instance.GetFunction(BenchmarkComponents.BulkInterface, "consume");
        _produce = instance.GetFunction(BenchmarkComponents.BulkInterface, "produce");
        _preparedList = [ComponentVal.Bytes(_bytes)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ComponentVal.Free(_preparedList);
        _store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    /// <summary>C API floor: the list was built in native memory once; only the call is measured.</summary>
    [Benchmark]
    public uint ListParameterFloor()
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        _consume.Call(_preparedList, results);
        return results[0].GetU32();
    }

    /// <summary>Realistic: the list is built from a managed <c>byte[]</c> and released on every call.</summary>
    [Benchmark]
    public uint ListParameterFromByteArray()
    {
        Span<ComponentVal> args = [ComponentVal.Bytes(_bytes)];
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        try
        {
            _consume.Call(args, results);
            return results[0].GetU32();
        }
        finally
        {
            ComponentVal.Free(args);
        }
    }

    /// <summary>C API floor: the string result is read as UTF-8 in native memory and released.</summary>
    [Benchmark]
    public int StringResultFloor()
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        _produce.Call([], results);
        var length = results[0].GetStringUtf8().Length;
        results[0].Dispose();
        return length;
    }

    /// <summary>Realistic: the string result is decoded to a managed <c>string</c> and released.</summary>
    [Benchmark]
    public int StringResultToString()
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        _produce.Call([], results);
        try
        {
            return results[0].GetString().Length;
        }
        finally
        {
            results[0].Dispose();
        }
    }
}
