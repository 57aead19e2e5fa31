#if WIT_CONFORMANCE
using System.Text;
using Test.Numbers.NumbersWorld;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The numbers component: every integer, float and char type at its limits, both directions.</summary>
public sealed class NumbersTests
{
    [ConformanceFact]
    public void Guest_calls_every_import_with_the_values_it_expects()
    {
        var host = new NumbersHost();
        using var numbers = Numbers.Instantiate(TestComponents.Engine, TestComponents.Conformance("numbers"), host);

        numbers.TestImports();

        host.Calls.ShouldBeGreaterThan(0);
    }

    [ConformanceFact]
    public void Integers_round_trip_at_their_limits()
    {
        using var numbers = Numbers.Instantiate(TestComponents.Engine, TestComponents.Conformance("numbers"), new NumbersHost());
        var test = numbers.Test;

        foreach (var v in new byte[] { 1, byte.MinValue, byte.MaxValue }) { test.RoundtripU8(v).ShouldBe(v); }
        foreach (var v in new sbyte[] { 1, sbyte.MinValue, sbyte.MaxValue }) { test.RoundtripS8(v).ShouldBe(v); }
        foreach (var v in new ushort[] { 1, ushort.MinValue, ushort.MaxValue }) { test.RoundtripU16(v).ShouldBe(v); }
        foreach (var v in new short[] { 1, short.MinValue, short.MaxValue }) { test.RoundtripS16(v).ShouldBe(v); }
        foreach (var v in new uint[] { 1, uint.MinValue, uint.MaxValue }) { test.RoundtripU32(v).ShouldBe(v); }
        foreach (var v in new[] { 1, int.MinValue, int.MaxValue }) { test.RoundtripS32(v).ShouldBe(v); }
        foreach (var v in new ulong[] { 1, ulong.MinValue, ulong.MaxValue }) { test.RoundtripU64(v).ShouldBe(v); }
        foreach (var v in new[] { 1L, long.MinValue, long.MaxValue }) { test.RoundtripS64(v).ShouldBe(v); }
    }

    [ConformanceFact]
    public void Floats_round_trip_including_infinities_and_NaN()
    {
        using var numbers = Numbers.Instantiate(TestComponents.Engine, TestComponents.Conformance("numbers"), new NumbersHost());
        var test = numbers.Test;

        test.RoundtripF32(1.0f).ShouldBe(1.0f);
        test.RoundtripF32(float.PositiveInfinity).ShouldBe(float.PositiveInfinity);
        test.RoundtripF32(float.NegativeInfinity).ShouldBe(float.NegativeInfinity);
        float.IsNaN(test.RoundtripF32(float.NaN)).ShouldBeTrue();
        test.RoundtripF64(1.0).ShouldBe(1.0);
        test.RoundtripF64(double.PositiveInfinity).ShouldBe(double.PositiveInfinity);
        test.RoundtripF64(double.NegativeInfinity).ShouldBe(double.NegativeInfinity);
        double.IsNaN(test.RoundtripF64(double.NaN)).ShouldBeTrue();
    }

    [ConformanceFact]
    public void Chars_round_trip_including_astral_ones()
    {
        using var numbers = Numbers.Instantiate(TestComponents.Engine, TestComponents.Conformance("numbers"), new NumbersHost());

        numbers.Test.RoundtripChar(new Rune('a')).ShouldBe(new Rune('a'));
        numbers.Test.RoundtripChar(new Rune(' ')).ShouldBe(new Rune(' '));
        numbers.Test.RoundtripChar(new Rune(0x1F6A9)).ShouldBe(new Rune(0x1F6A9));
    }

    [ConformanceFact]
    public void Scalar_state_persists_between_calls()
    {
        using var numbers = Numbers.Instantiate(TestComponents.Engine, TestComponents.Conformance("numbers"), new NumbersHost());

        numbers.Test.SetScalar(2);
        numbers.Test.GetScalar().ShouldBe(2u);
        numbers.Test.SetScalar(4);
        numbers.Test.GetScalar().ShouldBe(4u);
    }

    /// <summary>The reference host: every round trip returns its argument; the scalar is stored.</summary>
    private sealed class NumbersHost : Test.Numbers.Test.ITest
    {
        private uint _scalar;

        public int Calls { get; private set; }

        public byte RoundtripU8(byte a) => Count(a);

        public sbyte RoundtripS8(sbyte a) => Count(a);

        public ushort RoundtripU16(ushort a) => Count(a);

        public short RoundtripS16(short a) => Count(a);

        public uint RoundtripU32(uint a) => Count(a);

        public int RoundtripS32(int a) => Count(a);

        public ulong RoundtripU64(ulong a) => Count(a);

        public long RoundtripS64(long a) => Count(a);

        public float RoundtripF32(float a) => Count(a);

        public double RoundtripF64(double a) => Count(a);

        public Rune RoundtripChar(Rune a) => Count(a);

        public void SetScalar(uint a) => _scalar = Count(a);

        public uint GetScalar() => Count(_scalar);

        private T Count<T>(T value)
        {
            Calls++;
            return value;
        }
    }
}
#endif
