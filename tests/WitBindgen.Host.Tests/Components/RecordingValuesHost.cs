using System.Text;
using HostTest.AllTypes.Values;
using WitBindgen;

namespace WitBindgen.Host.Tests.Components;

/// <summary>Implements the imported <c>values</c> interface by returning each argument, remembering the last one.</summary>
internal sealed class RecordingValuesHost : IValues
{
    /// <summary>The last argument (or argument tuple) received from the guest.</summary>
    public object? Last { get; private set; }

    public bool EchoBool(bool v) => Record(v);

    public sbyte EchoS8(sbyte v) => Record(v);

    public byte EchoU8(byte v) => Record(v);

    public short EchoS16(short v) => Record(v);

    public ushort EchoU16(ushort v) => Record(v);

    public int EchoS32(int v) => Record(v);

    public uint EchoU32(uint v) => Record(v);

    public long EchoS64(long v) => Record(v);

    public ulong EchoU64(ulong v) => Record(v);

    public float EchoF32(float v) => Record(v);

    public double EchoF64(double v) => Record(v);

    public Rune EchoChar(Rune v) => Record(v);

    public string EchoString(string v) => Record(v);

    public byte[] EchoBytes(byte[] v) => Record(v);

    public string[] EchoStrings(string[] v) => Record(v);

    public uint[][] EchoNestedLists(uint[][] v) => Record(v);

    public Point[] EchoPoints(Point[] v) => Record(v);

    public uint? EchoOption(uint? v) => Record(v);

    public string? EchoOptionString(string? v) => Record(v);

    public Option<string>? EchoNestedOption(Option<string>? v) => Record(v);

    public Result<string, uint> EchoResult(Result<string, uint> v) => Record(v);

    public Result<Unit, Color> EchoResultUnit(Result<Unit, Color> v) => Record(v);

    public Result<Unit, Unit> EchoEmptyResult(Result<Unit, Unit> v) => Record(v);

    public (byte, string, double) EchoTuple((byte, string, double) v) => Record(v);

    public Point EchoPoint(Point v) => Record(v);

    public Everything EchoEverything(Everything v) => Record(v);

    public Shape EchoShape(Shape v) => Record(v);

    public Shape[] EchoShapes(Shape[] v) => Record(v);

    public Color EchoColor(Color v) => Record(v);

    public Perms EchoPerms(Perms v) => Record(v);

    public Many EchoMany(Many v) => Record(v);

    public (byte, sbyte, ushort, short, uint, int, ulong, long, float, double, Rune, string, bool, byte[], uint?, Color, Point) Seventeen(
        byte a1, sbyte a2, ushort a3, short a4, uint a5, int a6, ulong a7, long a8, float a9, double a10, Rune a11, string a12, bool a13,
        byte[] a14, uint? a15, Color a16, Point a17) =>
        Record((a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17));

    private T Record<T>(T value)
    {
        Last = value;
        return value;
    }
}
