#if WIT_CONFORMANCE
using Test.Lists.ListsWorld;
using Test.Lists.Test;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The lists component: lists of every element type, empty and large, strings, nested lists.</summary>
public sealed class ListsTests
{
    [ConformanceFact]
    public void Guest_calls_every_import_with_the_values_it_expects()
    {
        var host = new ListsHost();
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), host);

        lists.TestImports();

        host.Calls.ShouldBeGreaterThanOrEqualTo(20);
    }

    [ConformanceFact]
    public void Empty_lists_and_strings_cross_both_ways()
    {
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), new ListsHost());

        lists.Test.EmptyListParam([]);
        lists.Test.EmptyStringParam(string.Empty);
        lists.Test.EmptyListResult().ShouldBeEmpty();
        lists.Test.EmptyStringResult().ShouldBe(string.Empty);
    }

    [ConformanceFact]
    public void Lists_are_passed_to_the_guest()
    {
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), new ListsHost());

        lists.Test.ListParam([1, 2, 3, 4]);
        lists.Test.ListParamLarge(Enumerable.Repeat("blah", 1000).ToArray());
        lists.Test.ListParam2("foo");
        lists.Test.ListParam3(["foo", "bar", "baz"]);
        lists.Test.ListParam4([["foo", "bar"], ["baz"]]);
    }

    [ConformanceFact]
    public void Lists_are_returned_by_the_guest()
    {
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), new ListsHost());

        lists.Test.ListResult().ShouldBe(new byte[] { 1, 2, 3, 4, 5 });
        lists.Test.ListResult2().ShouldBe("hello!");
        lists.Test.ListResult3().ShouldBe(["hello,", "world!"]);
        lists.Test.ListRoundtrip([1, 2, 3, 4]).ShouldBe(new byte[] { 1, 2, 3, 4 });
    }

    [ConformanceFact]
    public void Strings_round_trip()
    {
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), new ListsHost());

        lists.Test.StringRoundtrip("x").ShouldBe("x");
        lists.Test.StringRoundtrip(string.Empty).ShouldBe(string.Empty);
        lists.Test.StringRoundtrip("hello ⚑ world").ShouldBe("hello ⚑ world");
    }

    [ConformanceFact]
    public void The_guest_frees_everything_it_allocates_for_the_calls()
    {
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), new ListsHost());
        var before = lists.AllocatedBytes();

        lists.TestImports();
        lists.Test.ListParam3(["foo", "bar", "baz"]);
        lists.Test.ListResult3();
        lists.Test.StringRoundtrip("hello ⚑ world");

        lists.AllocatedBytes().ShouldBe(before);
    }

    [ConformanceFact]
    public void A_string_with_an_unpaired_surrogate_is_rejected_before_the_call()
    {
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), new ListsHost());

        var error = Should.Throw<ArgumentException>(() => lists.Test.ListParam3(["ok", "bad\uD800"]));

        error.Message.ShouldContain("parameter `a` of `test:lists/test#list-param3`");
        error.Message.ShouldContain("unpaired surrogate at index 3");
    }

    [ConformanceFact]
    public void A_null_list_element_is_rejected_before_the_call()
    {
        using var lists = Lists.Instantiate(TestComponents.Engine, TestComponents.Conformance("lists"), new ListsHost());

        var error = Should.Throw<ArgumentException>(() => lists.Test.ListParam4([["foo"], null!]));

        error.Message.ShouldContain("parameter `a` of `test:lists/test#list-param4`: null is not a WIT list");
    }

    /// <summary>The reference host, asserting what the guest passes.</summary>
    private sealed class ListsHost : ITest
    {
        public int Calls { get; private set; }

        public void EmptyListParam(byte[] a) => Count(a).ShouldBeEmpty();

        public void EmptyStringParam(string a) => Count(a).ShouldBe(string.Empty);

        public byte[] EmptyListResult() => Count(Array.Empty<byte>());

        public string EmptyStringResult() => Count(string.Empty);

        public void ListParam(byte[] a) => Count(a).ShouldBe(new byte[] { 1, 2, 3, 4 });

        public void ListParam2(string a) => Count(a).ShouldBe("foo");

        public void ListParam3(string[] a) => Count(a).ShouldBe(["foo", "bar", "baz"]);

        public void ListParam4(string[][] a)
        {
            Count(a).Length.ShouldBe(2);
            a[0].ShouldBe(["foo", "bar"]);
            a[1].ShouldBe(["baz"]);
        }

        public void ListParam5((byte, uint, byte)[] a) => Count(a).ShouldBe([((byte)1, 2u, (byte)3), ((byte)4, 5u, (byte)6)]);

        public void ListParamLarge(string[] a) => Count(a).Length.ShouldBe(1000);

        public byte[] ListResult() => Count(new byte[] { 1, 2, 3, 4, 5 });

        public string ListResult2() => Count("hello!");

        public string[] ListResult3() => Count(new[] { "hello,", "world!" });

        public (byte[], sbyte[]) ListMinmax8(byte[] a, sbyte[] b)
        {
            Count(a).ShouldBe(new[] { byte.MinValue, byte.MaxValue });
            b.ShouldBe(new[] { sbyte.MinValue, sbyte.MaxValue });
            return (a, b);
        }

        public (ushort[], short[]) ListMinmax16(ushort[] a, short[] b)
        {
            Count(a).ShouldBe(new[] { ushort.MinValue, ushort.MaxValue });
            b.ShouldBe(new[] { short.MinValue, short.MaxValue });
            return (a, b);
        }

        public (uint[], int[]) ListMinmax32(uint[] a, int[] b)
        {
            Count(a).ShouldBe(new[] { uint.MinValue, uint.MaxValue });
            b.ShouldBe(new[] { int.MinValue, int.MaxValue });
            return (a, b);
        }

        public (ulong[], long[]) ListMinmax64(ulong[] a, long[] b)
        {
            Count(a).ShouldBe(new[] { ulong.MinValue, ulong.MaxValue });
            b.ShouldBe(new[] { long.MinValue, long.MaxValue });
            return (a, b);
        }

        public (float[], double[]) ListMinmaxFloat(float[] a, double[] b)
        {
            Count(a).ShouldBe(new[] { float.MinValue, float.MaxValue, float.NegativeInfinity, float.PositiveInfinity });
            b.ShouldBe(new[] { double.MinValue, double.MaxValue, double.NegativeInfinity, double.PositiveInfinity });
            return (a, b);
        }

        public byte[] ListRoundtrip(byte[] a) => Count(a);

        public string StringRoundtrip(string a) => Count(a);

        private T Count<T>(T value)
        {
            Calls++;
            return value;
        }
    }
}
#endif
