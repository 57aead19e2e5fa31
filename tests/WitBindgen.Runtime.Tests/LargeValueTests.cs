using System.Text;
using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests;

public sealed class LargeValueTests
{
    [Fact]
    public void Quarter_mebibyte_list_of_bytes_round_trips()
    {
        using var harness = new RoundTripHarness("(list u8)", "i32", "i32");
        // Wasmtime lowers and lifts lists element by element (four times in a round trip): 256 KiB keeps this quick.
        var data = new byte[1 << 18];
        new Random(42).NextBytes(data);

        var result = harness.Call(ComponentVal.Bytes(data));
        try
        {
            result.GetBytes().ShouldBe(data);
        }
        finally
        {
            result.Dispose();
        }
    }

    [Fact]
    public void Mebibyte_string_with_multibyte_characters_round_trips()
    {
        using var harness = new RoundTripHarness("string", "i32", "i32");
        var text = string.Concat(Enumerable.Repeat("aé世\U0001F600", 1 << 16));
        Encoding.UTF8.GetByteCount(text).ShouldBe(10 << 16);

        var result = harness.Call(ComponentVal.String(text));
        try
        {
            result.GetString().ShouldBe(text);
        }
        finally
        {
            result.Dispose();
        }
    }

    [Fact]
    public void A_list_larger_than_one_call_may_copy_says_to_send_it_in_pieces()
    {
        // Wasmtime's hostcall budget; the direct backend has none (see the next test).
        using var harness = new RoundTripHarness(new WasmEngineOptions { Backend = ComponentBackend.Wasmtime }, "(list u8)", "i32", "i32");
        // The guest hands the list to the host import: copying 4 MiB out of the guest exceeds Wasmtime's budget.
        var data = new byte[4 << 20];

        var error = Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.Bytes(data)).Dispose());

        error.Message.ShouldContain("fuel allocated for hostcalls has been exhausted");
        error.Message.ShouldContain($"calling '{harness.RoundTrip.Name}'");
        error.Message.ShouldContain("in pieces");
        error.FunctionName.ShouldBe(harness.RoundTrip.Name);
    }

    [Fact]
    public void A_list_larger_than_the_wasmtime_backend_copies_round_trips_whole_on_the_direct_backend()
    {
        using var harness = new RoundTripHarness(new WasmEngineOptions { Backend = ComponentBackend.Direct }, "(list u8)", "i32", "i32");
        var data = new byte[4 << 20];
        new Random(7).NextBytes(data);

        var result = harness.Call(ComponentVal.Bytes(data));
        try
        {
            result.GetBytes().ShouldBe(data);
        }
        finally
        {
            result.Dispose();
        }
    }

    [Fact]
    public void Empty_list_of_bytes_round_trips()
    {
        using var harness = new RoundTripHarness("(list u8)", "i32", "i32");
        var result = harness.Call(ComponentVal.Bytes([]));
        result.GetBytes().ShouldBeEmpty();
        result.Dispose();
    }
}
