extern alias runtime;

using System.Text;
using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;
using PrimitiveKind = runtime::WitBindgen.Wit.Syntax.PrimitiveKind;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// The direct backend's Canonical ABI engine moving a 1 MiB <c>list&lt;u8&gt;</c> and a 1 MiB string between .NET and a
/// linear memory, against the floors measured in the same run: a plain span copy into and out of the memory, and
/// <c>Encoding.UTF8.GetBytes</c> into a span / a validating <c>GetString</c>. Typed rows are what generated bindings call
/// (a <c>byte[]</c> or <c>string</c>); ComponentVal rows are the untyped API, whose values keep 32 bytes an element.
/// </summary>
[MemoryDiagnoser]
public class AbiValueBenchmarks
{
    private const int MiB = 1 << 20;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly byte[] _bytes = new byte[MiB];
    private readonly ArrayGuestMemory _memory = new(8 * MiB, 64 * MiB);
    private string _text = null!;
    private AbiContext _cx = null!;
    private FunctionAbi _bytesFunction = null!;
    private FunctionAbi _stringFunction = null!;
    private AbiType _u8 = null!;
    private ComponentVal[] _bytesValue = null!;
    private ComponentVal[] _stringValue = null!;
    private ulong[] _bytesFlat = null!;
    private ulong[] _stringFlat = null!;
    private readonly ulong[] _flat = new ulong[16];
    private readonly ComponentVal[] _lifted = new ComponentVal[1];

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_bytes);

        _text = BenchmarkText.Utf8(MiB);
        _cx = new AbiContext("bench", _memory, CanonicalStringEncoding.Utf8);
        _bytesFunction = FunctionAbi.Create("bytes", new FuncNode(false, [("v", new ListNode(new PrimitiveNode(PrimitiveKind.U8), null))], null));
        _stringFunction = FunctionAbi.Create("text", new FuncNode(false, [("v", new PrimitiveNode(PrimitiveKind.String))], null));
        _u8 = _bytesFunction.Parameters[0].Element!;
        _bytesValue = [ComponentVal.Bytes(_bytes)];
        _stringValue = [ComponentVal.String(_text)];

        // Guest-side values to lift, left in memory above the region the lowering rows reuse.
        var bytesAt = (uint)(6 * MiB);
        _bytes.CopyTo(_memory.Span[(int)bytesAt..]);
        _bytesFlat = [bytesAt, MiB];
        var textAt = (uint)(7 * MiB);
        var length = Encoding.UTF8.GetBytes(_text, _memory.Span[(int)textAt..]);
        _stringFlat = [textAt, (uint)length];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ComponentVal.Free(_bytesValue);
        ComponentVal.Free(_stringValue);
    }

    [Benchmark(Baseline = true, Description = "floor: span copy into memory (list<u8>)")]
    public int LowerBytesFloor()
    {
        _memory.Reset();
        var pointer = _memory.Realloc(0, 0, 1, MiB);
        _bytes.CopyTo(_memory.Span[(int)pointer..]);
        return (int)pointer;
    }

    [Benchmark(Description = "engine typed: lower byte[] as list<u8>")]
    public uint LowerBytesTyped()
    {
        _memory.Reset();
        return CanonicalLower.StoreBlittable<byte>(_cx, _bytes).Pointer;
    }

    [Benchmark(Description = "engine ComponentVal: lower list<u8>")]
    public int LowerBytesComponentVal()
    {
        _memory.Reset();
        return _bytesFunction.LowerArguments(_cx, _bytesValue, _flat);
    }

    [Benchmark(Description = "floor: span copy out of memory to byte[]")]
    public byte[] LiftBytesFloor() => _memory.Span.Slice((int)_bytesFlat[0], MiB).ToArray();

    [Benchmark(Description = "engine typed: lift list<u8> to byte[]")]
    public byte[] LiftBytesTyped() => CanonicalLift.LoadBlittable<byte>(_cx, _u8, (uint)_bytesFlat[0], (uint)_bytesFlat[1]);

    [Benchmark(Description = "engine ComponentVal: lift list<u8>")]
    public void LiftBytesComponentVal()
    {
        _bytesFunction.LiftArguments(_cx, _bytesFlat, _lifted);
        _lifted[0].Dispose();
    }

    [Benchmark(Description = "floor: Encoding.UTF8.GetBytes into memory")]
    public int LowerStringFloor()
    {
        _memory.Reset();
        var pointer = _memory.Realloc(0, 0, 1, (uint)_text.Length);
        return Encoding.UTF8.GetBytes(_text, _memory.Span[(int)pointer..]);
    }

    [Benchmark(Description = "engine typed: lower string (UTF-8 guest)")]
    public uint LowerStringTyped()
    {
        _memory.Reset();
        return CanonicalStrings.StoreUtf16(_cx, _text).TaggedCodeUnits;
    }

    [Benchmark(Description = "engine ComponentVal: lower string (UTF-8 guest)")]
    public int LowerStringComponentVal()
    {
        _memory.Reset();
        return _stringFunction.LowerArguments(_cx, _stringValue, _flat);
    }

    [Benchmark(Description = "floor: validating UTF8 GetString from memory")]
    public string LiftStringFloor() => StrictUtf8.GetString(_memory.Span.Slice((int)_stringFlat[0], (int)_stringFlat[1]));

    [Benchmark(Description = "engine typed: lift string to .NET string")]
    public string LiftStringTyped() => CanonicalStrings.LoadString(_cx, (uint)_stringFlat[0], (uint)_stringFlat[1]);

    [Benchmark(Description = "engine ComponentVal: lift string")]
    public void LiftStringComponentVal()
    {
        _stringFunction.LiftArguments(_cx, _stringFlat, _lifted);
        _lifted[0].Dispose();
    }
}
