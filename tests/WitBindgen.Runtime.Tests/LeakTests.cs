using System.Diagnostics;
using WitBindgen.Runtime.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests;

[CollectionDefinition(nameof(LeakTests), DisableParallelization = true)]
public sealed class LeakTestsCollection;

/// <summary>Many calls with owned strings and lists keep the process's resident memory bounded.</summary>
[Collection(nameof(LeakTests))]
public sealed class LeakTests(ITestOutputHelper output)
{
    private const long AllowedGrowth = 48L << 20;

    [Fact]
    public void String_calls_do_not_leak()
    {
        using var harness = new RoundTripHarness("string", "i32", "i32");
        var text = new string('é', 32 * 1024);
        AssertBounded("string", 3000, () =>
        {
            var result = harness.Call(ComponentVal.String(text));
            result.GetStringUtf8().Length.ShouldBe(64 * 1024);
            result.Dispose();
        });
    }

    [Fact]
    public void List_calls_do_not_leak()
    {
        using var harness = new RoundTripHarness("(list u8)", "i32", "i32");
        var bytes = new byte[4 * 1024];
        AssertBounded("list<u8>", 2000, () =>
        {
            var result = harness.Call(ComponentVal.Bytes(bytes));
            result.GetList().Length.ShouldBe(bytes.Length);
            result.Dispose();
        });
    }

    [Fact]
    public void Failing_calls_do_not_leak()
    {
        using var harness = new RoundTripHarness("(list string)", "i32", "i32");
        harness.Host = (args, results) =>
        {
            results[0] = args[0].Clone();
            throw new InvalidOperationException("after writing a result");
        };
        var first = true;
        AssertBounded("failing list<string>", 3000, () =>
        {
            // The instance refuses entry after the first failure; every call still builds and frees its arguments.
            var error = Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.List([ComponentVal.String(new string('x', 8192)), ComponentVal.String("y")])));
            if (first)
            {
                error.InnerException.ShouldBeOfType<InvalidOperationException>();
                first = false;
            }
        });
    }

    [Fact]
    public void Factories_that_reject_a_name_release_the_value_they_were_given()
    {
        var record = ComponentVal.NewRecord(1);
        try
        {
            AssertBounded("rejected names", 2000, () =>
            {
                var payload = new string('p', 16 * 1024);
                Should.Throw<ArgumentException>(() => ComponentVal.Variant([0xFF], ComponentVal.String(payload)));
                Should.Throw<ArgumentException>(() => ComponentVal.Variant("bad\uD800", ComponentVal.String(payload)));
                Should.Throw<ArgumentException>(() => record.SetRecordField(0, [0xC0], ComponentVal.String(payload)));
                Should.Throw<ArgumentOutOfRangeException>(() => record.SetRecordField(5, "x"u8, ComponentVal.String(payload)));
            });
        }
        finally
        {
            record.Dispose();
        }
    }

    private void AssertBounded(string what, int iterations, Action call)
    {
        for (var i = 0; i < 200; i++)
        {
            call();
        }

        var before = ResidentBytes();
        for (var i = 0; i < iterations; i++)
        {
            call();
        }

        var after = ResidentBytes();
        output.WriteLine($"{what}: RSS {before >> 20} MiB -> {after >> 20} MiB over {iterations} calls");
        (after - before).ShouldBeLessThan(AllowedGrowth, $"{what} calls grew the resident set from {before >> 20} MiB to {after >> 20} MiB");
    }

    private static long ResidentBytes() => ResidentMemory.Measure();
}
