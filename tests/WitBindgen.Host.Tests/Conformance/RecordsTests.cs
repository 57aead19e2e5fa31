#if WIT_CONFORMANCE
using Test.Records.RecordsWorld;
using Test.Records.Test;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The records component: tuples, flags of 8/16/32 bits and records, both directions.</summary>
public sealed class RecordsTests
{
    [ConformanceFact]
    public void Guest_calls_every_import_with_the_values_it_expects()
    {
        var host = new RecordsHost();
        using var records = Records.Instantiate(TestComponents.Engine, TestComponents.Conformance("records"), host);

        records.TestImports();

        host.Calls.ShouldBe(["multiple-results", "swap-tuple", "roundtrip-flags1", "roundtrip-flags2", "roundtrip-flags3", "roundtrip-record1", "tuple1"], ignoreOrder: true);
    }

    [ConformanceFact]
    public void Tuple_results_come_back_through_memory()
    {
        using var records = Records.Instantiate(TestComponents.Engine, TestComponents.Conformance("records"), new RecordsHost());

        records.Test.MultipleResults().ShouldBe(((byte)100, (ushort)200));
        records.Test.SwapTuple((1, 2)).ShouldBe((2u, (byte)1));
        records.Test.Tuple1(new ValueTuple<byte>(1)).ShouldBe(new ValueTuple<byte>(1));
    }

    [ConformanceFact]
    public void Flags_round_trip()
    {
        using var records = Records.Instantiate(TestComponents.Engine, TestComponents.Conformance("records"), new RecordsHost());
        var test = records.Test;

        test.RoundtripFlags1(F1.A).ShouldBe(F1.A);
        test.RoundtripFlags1(F1.None).ShouldBe(F1.None);
        test.RoundtripFlags1(F1.B).ShouldBe(F1.B);
        test.RoundtripFlags1(F1.A | F1.B).ShouldBe(F1.A | F1.B);
        test.RoundtripFlags2(F2.C).ShouldBe(F2.C);
        test.RoundtripFlags2(F2.None).ShouldBe(F2.None);
        test.RoundtripFlags2(F2.D).ShouldBe(F2.D);
        test.RoundtripFlags2(F2.C | F2.E).ShouldBe(F2.C | F2.E);
    }

    [ConformanceFact]
    public void Records_round_trip()
    {
        using var records = Records.Instantiate(TestComponents.Engine, TestComponents.Conformance("records"), new RecordsHost());

        records.Test.RoundtripRecord1(new R1(8, F1.None)).ShouldBe(new R1(8, F1.None));
        records.Test.RoundtripRecord1(new R1(0, F1.A | F1.B)).ShouldBe(new R1(0, F1.A | F1.B));
    }

    [ConformanceFact]
    public void Flags_with_bits_WIT_does_not_define_are_rejected_before_the_call()
    {
        using var records = Records.Instantiate(TestComponents.Engine, TestComponents.Conformance("records"), new RecordsHost());

        var error = Should.Throw<ArgumentException>(() => records.Test.RoundtripFlags1((F1)0b100));

        error.Message.ShouldContain("parameter `a` of `test:records/test#roundtrip-flags1`");
        error.Message.ShouldContain("0x4");
    }

    [ConformanceFact]
    public void A_null_record_is_rejected_before_the_call()
    {
        using var records = Records.Instantiate(TestComponents.Engine, TestComponents.Conformance("records"), new RecordsHost());

        var error = Should.Throw<ArgumentException>(() => records.Test.RoundtripRecord1(null!));

        error.Message.ShouldContain("parameter `a` of `test:records/test#roundtrip-record1`");
        error.Message.ShouldContain("null is not a WIT record r1");
    }

    /// <summary>The reference host: returns what it is given, (4, 5) for multiple-results, swaps tuples.</summary>
    private sealed class RecordsHost : ITest
    {
        public List<string> Calls { get; } = new();

        public (byte, ushort) MultipleResults() => Call("multiple-results", ((byte)4, (ushort)5));

        public (uint, byte) SwapTuple((byte, uint) a) => Call("swap-tuple", (a.Item2, a.Item1));

        public F1 RoundtripFlags1(F1 a) => Call("roundtrip-flags1", a);

        public F2 RoundtripFlags2(F2 a) => Call("roundtrip-flags2", a);

        public (Flag8, Flag16, Flag32) RoundtripFlags3(Flag8 a, Flag16 b, Flag32 c) => Call("roundtrip-flags3", (a, b, c));

        public R1 RoundtripRecord1(R1 a) => Call("roundtrip-record1", a);

        public ValueTuple<byte> Tuple1(ValueTuple<byte> a) => Call("tuple1", a);

        private T Call<T>(string name, T result)
        {
            if (!Calls.Contains(name))
            {
                Calls.Add(name);
            }

            return result;
        }
    }
}
#endif
