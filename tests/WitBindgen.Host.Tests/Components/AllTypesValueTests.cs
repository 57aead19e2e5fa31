using System.Text;
using HostTest.AllTypes.Values;
using WitBindgen;

namespace WitBindgen.Host.Tests.Components;

/// <summary>
/// Every WIT value type through the all-types component: each call lowers the argument into the export, the guest
/// passes it to the host's import (lifted, then the host's result lowered) and returns it (lifted again).
/// </summary>
public sealed class AllTypesValueTests : IDisposable
{
    private readonly AllTypesInstance _instance = new();

    private ValuesExports Guest => _instance.World.Values;

    private object? HostSaw => _instance.Values.Last;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Bool(bool value)
    {
        Guest.EchoBool(value).ShouldBe(value);
        HostSaw.ShouldBe(value);
    }

    [Fact]
    public void Integers_at_their_limits()
    {
        foreach (var v in new[] { sbyte.MinValue, (sbyte)-1, (sbyte)0, sbyte.MaxValue }) { Guest.EchoS8(v).ShouldBe(v); HostSaw.ShouldBe(v); }
        foreach (var v in new[] { byte.MinValue, (byte)1, byte.MaxValue }) { Guest.EchoU8(v).ShouldBe(v); HostSaw.ShouldBe(v); }
        foreach (var v in new[] { short.MinValue, (short)-1, short.MaxValue }) { Guest.EchoS16(v).ShouldBe(v); HostSaw.ShouldBe(v); }
        foreach (var v in new[] { ushort.MinValue, ushort.MaxValue }) { Guest.EchoU16(v).ShouldBe(v); HostSaw.ShouldBe(v); }
        foreach (var v in new[] { int.MinValue, -1, int.MaxValue }) { Guest.EchoS32(v).ShouldBe(v); HostSaw.ShouldBe(v); }
        // This JavaScript guest garbles u32 values above int.MaxValue (it returns 0 for uint.MaxValue); the full u32
        // range is covered with the C guest of the numbers conformance component.
        foreach (var v in new[] { uint.MinValue, (uint)int.MaxValue }) { Guest.EchoU32(v).ShouldBe(v); HostSaw.ShouldBe(v); }
    }

    // This JavaScript guest traps on negative s64 values in a flat call (they pass inside `seventeen`); long.MinValue
    // and -1 are covered with the C guest of the numbers conformance component.
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(long.MaxValue)]
    public void S64(long value)
    {
        Guest.EchoS64(value).ShouldBe(value);
        HostSaw.ShouldBe(value);
    }

    [Theory]
    [InlineData(ulong.MinValue)]
    [InlineData(1UL)]
    [InlineData(ulong.MaxValue)]
    public void U64(ulong value)
    {
        Guest.EchoU64(value).ShouldBe(value);
        HostSaw.ShouldBe(value);
    }

    [Fact]
    public void Floats_including_NaN_infinities_and_negative_zero()
    {
        foreach (var v in new[] { float.MinValue, float.MaxValue, float.Epsilon, float.NegativeInfinity, float.PositiveInfinity, 1.5f })
        {
            Guest.EchoF32(v).ShouldBe(v);
        }

        foreach (var v in new[] { double.MinValue, double.MaxValue, double.Epsilon, double.NegativeInfinity, double.PositiveInfinity, Math.PI })
        {
            Guest.EchoF64(v).ShouldBe(v);
        }

        float.IsNaN(Guest.EchoF32(float.NaN)).ShouldBeTrue();
        double.IsNaN(Guest.EchoF64(double.NaN)).ShouldBeTrue();
        double.IsNegative(Guest.EchoF64(-0.0)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0x41)]
    [InlineData(0x00)]
    [InlineData(0xE9)]
    [InlineData(0xD7FF)]
    [InlineData(0xE000)]
    [InlineData(0x1F680)]
    [InlineData(0x10FFFF)]
    public void Chars_across_the_scalar_range(int codePoint)
    {
        var rune = new Rune(codePoint);

        Guest.EchoChar(rune).ShouldBe(rune);
        HostSaw.ShouldBe(rune);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ascii")]
    [InlineData("héllo wörld")]
    [InlineData("日本語のテキスト")]
    [InlineData("🚀🚀🚀 𠈄𓀀 and \0 inside")]
    public void Strings_including_non_ASCII(string value)
    {
        Guest.EchoString(value).ShouldBe(value);
        HostSaw.ShouldBe(value);
    }

    [Fact]
    public void Large_string()
    {
        var value = string.Concat(Enumerable.Repeat("wörld 🌍 ", 100_000));

        Guest.EchoString(value).ShouldBe(value);
    }

    [Fact]
    public void Byte_lists_empty_and_large()
    {
        Guest.EchoBytes([]).ShouldBeEmpty();
        var large = new byte[1 << 20];
        new Random(42).NextBytes(large);

        Guest.EchoBytes(large).ShouldBe(large);
        ((byte[])HostSaw!).ShouldBe(large);
    }

    [Fact]
    public void Lists_of_strings_nested_lists_and_records()
    {
        string[] strings = ["", "a", "ünïcödé", "🚀"];
        Guest.EchoStrings(strings).ShouldBe(strings);
        Guest.EchoStrings([]).ShouldBeEmpty();

        var many = Enumerable.Range(0, 10_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Guest.EchoStrings(many).ShouldBe(many);

        uint[][] nested = [[], [1], [uint.MaxValue, 0, 7]];
        var back = Guest.EchoNestedLists(nested);
        back.Length.ShouldBe(3);
        back[0].ShouldBeEmpty();
        back[1].ShouldBe([1u]);
        back[2].ShouldBe([uint.MaxValue, 0u, 7u]);

        Point[] points = [new(1, 2), new(int.MinValue, int.MaxValue)];
        Guest.EchoPoints(points).ShouldBe(points);
    }

    [Fact]
    public void Options_including_nested_options()
    {
        Guest.EchoOption(null).ShouldBeNull();
        Guest.EchoOption(0).ShouldBe(0u);
        Guest.EchoOption(int.MaxValue).ShouldBe((uint)int.MaxValue);
        Guest.EchoOptionString(null).ShouldBeNull();
        Guest.EchoOptionString("some").ShouldBe("some");
        Guest.EchoOptionString(string.Empty).ShouldBe(string.Empty);

        Guest.EchoNestedOption(null).ShouldBeNull();
        Guest.EchoNestedOption(Option<string>.None).ShouldBe(Option<string>.None);
        Guest.EchoNestedOption(Option.Some("inner")).ShouldBe(Option.Some("inner"));
        HostSaw.ShouldBe(Option.Some("inner"));
    }

    [Fact]
    public void Results_with_payloads_one_side_and_none()
    {
        Guest.EchoResult(Result<string, uint>.Ok("fine")).ShouldBe(Result<string, uint>.Ok("fine"));
        Guest.EchoResult(Result<string, uint>.Err(404)).ShouldBe(Result<string, uint>.Err(404));
        Guest.EchoResultUnit(Result<Unit, Color>.Ok(default)).ShouldBe(Result<Unit, Color>.Ok(default));
        Guest.EchoResultUnit(Result<Unit, Color>.Err(Color.Blue)).ShouldBe(Result<Unit, Color>.Err(Color.Blue));
        Guest.EchoEmptyResult(Result<Unit, Unit>.Ok(default)).IsOk.ShouldBeTrue();
        Guest.EchoEmptyResult(Result<Unit, Unit>.Err(default)).IsErr.ShouldBeTrue();
    }

    [Fact]
    public void Tuples_and_records_that_come_back_through_memory()
    {
        Guest.EchoTuple((255, "tuple ✓", -1.25)).ShouldBe(((byte)255, "tuple ✓", -1.25));
        Guest.EchoPoint(new Point(-7, 7)).ShouldBe(new Point(-7, 7));
    }

    [Fact]
    public void Variants_enums_and_flags()
    {
        Shape[] shapes = [new Shape.Circle(2.5f), new Shape.Rectangle(new Point(3, 4)), new Shape.Named("ünïcode"), new Shape.Empty()];
        foreach (var shape in shapes)
        {
            Guest.EchoShape(shape).ShouldBe(shape);
        }

        Guest.EchoShapes(shapes).ShouldBe(shapes);
        foreach (var color in new[] { Color.Red, Color.Green, Color.Blue })
        {
            Guest.EchoColor(color).ShouldBe(color);
        }

        foreach (var perms in new[] { Perms.None, Perms.Read, Perms.Write | Perms.Exec, Perms.Read | Perms.Write | Perms.Exec })
        {
            Guest.EchoPerms(perms).ShouldBe(perms);
        }

        foreach (var many in new[] { Many.None, Many.F0, Many.F16, Many.F0 | Many.F8 | Many.F16, (Many)0x1FFFF })
        {
            Guest.EchoMany(many).ShouldBe(many);
        }
    }

    [Fact]
    public void A_record_nesting_every_kind()
    {
        var value = new Everything(
            true, sbyte.MinValue, ulong.MaxValue, double.Epsilon, new Rune(0x1F600), "név", [0, 255], [new Point(1, 2)], null,
            Result<uint, string>.Err("bad"), (ushort.MaxValue, "pair"), new Shape.Rectangle(new Point(5, 6)), Color.Green, Perms.Read | Perms.Exec);

        var back = Guest.EchoEverything(value);

        back.ShouldBe(value with { Bytes = back.Bytes, Points = back.Points });
        back.Bytes.ShouldBe(value.Bytes);
        back.Points.ShouldBe(value.Points);
    }

    [Fact]
    public void Seventeen_parameters_and_a_seventeen_element_tuple_result()
    {
        var result = Guest.Seventeen(
            1, -2, 3, -4, 5, -6, 7, -8, 9.5f, 10.25, new Rune('é'), "twelve", true, [14], null, Color.Blue, new Point(17, -17));

        result.Item1.ShouldBe((byte)1);
        result.Item2.ShouldBe((sbyte)-2);
        result.Item3.ShouldBe((ushort)3);
        result.Item4.ShouldBe((short)-4);
        result.Item5.ShouldBe(5u);
        result.Item6.ShouldBe(-6);
        result.Item7.ShouldBe(7ul);
        result.Item8.ShouldBe(-8L);
        result.Item9.ShouldBe(9.5f);
        result.Item10.ShouldBe(10.25);
        result.Item11.ShouldBe(new Rune('é'));
        result.Item12.ShouldBe("twelve");
        result.Item13.ShouldBeTrue();
        result.Item14.ShouldBe(new byte[] { 14 });
        result.Item15.ShouldBeNull();
        result.Item16.ShouldBe(Color.Blue);
        result.Item17.ShouldBe(new Point(17, -17));
    }

    /// <inheritdoc />
    public void Dispose() => _instance.Dispose();
}
