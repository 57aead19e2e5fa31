using HostTest.AllTypes.Values;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Components;

/// <summary>What cannot cross is rejected before the call; guest traps and host exceptions surface as exceptions.</summary>
public sealed class AllTypesErrorTests : IDisposable
{
    private readonly AllTypesInstance _instance = new();

    private ValuesExports Guest => _instance.World.Values;

    [Fact]
    public void A_trap_names_the_WIT_function_and_carries_the_wasm_backtrace()
    {
        var error = Should.Throw<WitTrapException>(() => _instance.World.Trap("boom"));

        error.Message.ShouldContain("'trap'");
        error.WasmBacktrace.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_exception_from_the_host_implementation_reaches_the_caller_as_inner_exception()
    {
        var error = Should.Throw<WitRuntimeException>(() => _instance.World.CallFail("host says no"));

        error.Message.ShouldContain("call-fail");
        error.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("host says no");
    }

    [Fact]
    public void The_world_own_import_is_called()
    {
        _instance.World.LogAndMeasure("héllo").ShouldBe(6u);

        _instance.Faults.Lines.ShouldBe(["héllo"]);
    }

    [Fact]
    public void An_unpaired_surrogate_is_rejected_naming_function_and_parameter()
    {
        var error = Should.Throw<ArgumentException>(() => Guest.EchoString("ok\uDC00"));

        error.Message.ShouldBe(
            "Cannot pass parameter `v` of `host-test:all-types/values#echo-string`: the string has an unpaired surrogate at index 2, " +
            "which is not a Unicode scalar value and cannot be a WIT string.");
        _instance.Values.Last.ShouldBeNull();
    }

    [Fact]
    public void An_unpaired_high_surrogate_is_reported_at_its_own_index()
    {
        Should.Throw<ArgumentException>(() => Guest.EchoString("a\uD800b")).Message.ShouldContain("unpaired surrogate at index 1,");
        Should.Throw<ArgumentException>(() => Guest.EchoStrings(["ok", "\uD83D\uDE00\uD800"])).Message.ShouldContain("unpaired surrogate at index 2,");
        _instance.Values.Last.ShouldBeNull();
    }

    [Fact]
    public void Null_lists_and_variants_are_rejected_naming_the_parameter_and_the_WIT_type()
    {
        Should.Throw<ArgumentException>(() => Guest.EchoStrings(null!)).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-strings`: null is not a WIT list (only option<...> has a null).");
        Should.Throw<ArgumentException>(() => Guest.EchoBytes(null!)).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-bytes`: null is not a WIT list<u8> (only option<...> has a null).");
        Should.Throw<ArgumentException>(() => Guest.EchoShape(null!)).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-shape`: null is not a WIT variant shape (only option<...> has a null).");
        Should.Throw<ArgumentException>(() => Guest.EchoShapes([new Shape.Circle(1), null!])).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-shapes`: null is not a WIT variant shape (only option<...> has a null).");
        Should.Throw<ArgumentException>(() => Guest.EchoPoint(null!)).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-point`: null is not a WIT record point (only option<...> has a null).");
        _instance.Values.Last.ShouldBeNull();
    }

    [Fact]
    public void Null_where_WIT_has_no_null_is_rejected_also_deep_inside_a_value()
    {
        Should.Throw<ArgumentException>(() => Guest.EchoString(null!)).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-string`: null is not a WIT string (only option<...> has a null).");
        Should.Throw<ArgumentException>(() => Guest.EchoPoints([new Point(1, 1), null!])).Message.ShouldContain("null is not a WIT record point");
        Should.Throw<ArgumentException>(() => Guest.EchoShape(new Shape.Named(null!))).Message.ShouldContain("null is not a WIT string");
        _instance.Values.Last.ShouldBeNull();
    }

    [Fact]
    public void Flags_with_undefined_bits_are_rejected()
    {
        Should.Throw<ArgumentException>(() => Guest.EchoPerms((Perms)0x88)).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-perms`: bits 0x88 are not flags of the WIT flags perms.");
        Should.Throw<ArgumentException>(() => Guest.EchoMany((Many)0x20000)).Message.ShouldContain("bits 0x20000");
    }

    [Fact]
    public void An_undefined_enum_value_is_rejected()
    {
        Should.Throw<ArgumentException>(() => Guest.EchoColor((Color)7)).Message
            .ShouldBe("Cannot pass parameter `v` of `host-test:all-types/values#echo-color`: 7 is not a case of the WIT enum color.");
    }

    [Fact]
    public void A_bad_value_returned_by_the_host_fails_the_guest_call_with_the_reason_inside()
    {
        using var world = HostTest.AllTypes.AllTypesWorld.AllTypes.Instantiate(
            Infrastructure.TestComponents.Engine, Infrastructure.TestComponents.Own("all-types"), new FaultsHost(), new NullReturningValues(), new FaultsHost());

        var error = Should.Throw<WitRuntimeException>(() => world.Values.EchoString("x"));

        error.InnerException.ShouldBeOfType<ArgumentException>().Message
            .ShouldContain("the result of the host implementation of `host-test:all-types/values#echo-string`: null is not a WIT string");
    }

    /// <inheritdoc />
    public void Dispose() => _instance.Dispose();

    private sealed class NullReturningValues : IValues
    {
        private readonly RecordingValuesHost _inner = new();

        public string EchoString(string v) => null!;

        public bool EchoBool(bool v) => _inner.EchoBool(v);
        public sbyte EchoS8(sbyte v) => v;
        public byte EchoU8(byte v) => v;
        public short EchoS16(short v) => v;
        public ushort EchoU16(ushort v) => v;
        public int EchoS32(int v) => v;
        public uint EchoU32(uint v) => v;
        public long EchoS64(long v) => v;
        public ulong EchoU64(ulong v) => v;
        public float EchoF32(float v) => v;
        public double EchoF64(double v) => v;
        public System.Text.Rune EchoChar(System.Text.Rune v) => v;
        public byte[] EchoBytes(byte[] v) => v;
        public string[] EchoStrings(string[] v) => v;
        public uint[][] EchoNestedLists(uint[][] v) => v;
        public Point[] EchoPoints(Point[] v) => v;
        public uint? EchoOption(uint? v) => v;
        public string? EchoOptionString(string? v) => v;
        public Option<string>? EchoNestedOption(Option<string>? v) => v;
        public Result<string, uint> EchoResult(Result<string, uint> v) => v;
        public Result<Unit, Color> EchoResultUnit(Result<Unit, Color> v) => v;
        public Result<Unit, Unit> EchoEmptyResult(Result<Unit, Unit> v) => v;
        public (byte, string, double) EchoTuple((byte, string, double) v) => v;
        public Point EchoPoint(Point v) => v;
        public Everything EchoEverything(Everything v) => v;
        public Shape EchoShape(Shape v) => v;
        public Shape[] EchoShapes(Shape[] v) => v;
        public Color EchoColor(Color v) => v;
        public Perms EchoPerms(Perms v) => v;
        public Many EchoMany(Many v) => v;

        public (byte, sbyte, ushort, short, uint, int, ulong, long, float, double, System.Text.Rune, string, bool, byte[], uint?, Color, Point) Seventeen(
            byte a1, sbyte a2, ushort a3, short a4, uint a5, int a6, ulong a7, long a8, float a9, double a10, System.Text.Rune a11, string a12,
            bool a13, byte[] a14, uint? a15, Color a16, Point a17) => (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17);
    }
}
