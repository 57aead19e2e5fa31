using WitBindgen.Runtime.Tests.Wasi.Cli;

namespace WitBindgen.Runtime.Tests.Wasi.Clocks;

/// <summary>
/// <c>wasi:clocks</c> on the direct backend reads the store's <see cref="TimeProvider"/>, and its pollables become
/// ready only once that provider's time reaches their deadline.
/// </summary>
public sealed class ClockTests
{
    private static readonly DateTimeOffset Frozen = new DateTimeOffset(2031, 5, 17, 8, 30, 12, TimeSpan.Zero).AddTicks(1234567);

    [Fact]
    public void Wall_and_monotonic_clocks_read_the_frozen_provider()
    {
        var time = new ManualTimeProvider(Frozen);
        using var run = new WasiRun(ComponentBackend.Direct, ClockComponents.Clocks, new WasiConfiguration().WithTimeProvider(time));

        run.CallU64("wall-seconds").ShouldBe((ulong)Frozen.ToUnixTimeSeconds());
        run.CallU64("wall-nanoseconds").ShouldBe(123_456_700UL);
        run.CallU64("mono-now").ShouldBe(0UL);
        run.CallU64("mono-now").ShouldBe(0UL);

        time.Advance(5_000_000_123);

        run.CallU64("mono-now").ShouldBe(5_000_000_123UL);
        run.CallU64("wall-seconds").ShouldBe((ulong)Frozen.ToUnixTimeSeconds() + 5);
    }

    [Theory]
    [InlineData(ComponentBackend.Wasmtime)]
    [InlineData(ComponentBackend.Direct)]
    public void Clocks_report_the_resolution_and_time_the_wasmtime_backend_reports(ComponentBackend backend)
    {
        using var run = new WasiRun(backend, ClockComponents.Clocks);

        run.CallU64("mono-resolution").ShouldBe(1UL);
        run.CallU64("wall-resolution-nanoseconds").ShouldBe(1UL);
        var first = run.CallU64("mono-now");
        run.CallU64("mono-now").ShouldBeGreaterThanOrEqualTo(first);
        var wall = DateTimeOffset.FromUnixTimeSeconds((long)run.CallU64("wall-seconds"));
        (wall - DateTimeOffset.UtcNow).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Subscribe_duration_is_ready_exactly_when_the_provider_reaches_the_deadline()
    {
        var time = new ManualTimeProvider(Frozen);
        using var run = new WasiRun(ComponentBackend.Direct, ClockComponents.Clocks, new WasiConfiguration().WithTimeProvider(time));

        run.Call("subscribe-duration", ComponentVal.U64(2_000_000_000));
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeFalse();
        time.Advance(1_999_999_999);
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeFalse();
        time.Advance(1);
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeTrue();

        run.Call("subscribe-instant", ComponentVal.U64(run.CallU64("mono-now") + 10));
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeFalse();
        time.Advance(10);
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeTrue();

        run.Call("subscribe-instant", ComponentVal.U64(0));
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeTrue();
        run.Call("subscribe-duration", ComponentVal.U64(0));
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeTrue();
        run.Call("release");
    }

    [Theory]
    [InlineData("block")]
    [InlineData("poll-one")]
    public async Task Waiting_blocks_until_the_provider_advances_past_wakeups_that_come_early(string wait)
    {
        var time = new ManualTimeProvider(Frozen) { SpuriousWakeups = true };
        using var run = new WasiRun(ComponentBackend.Direct, ClockComponents.Clocks, new WasiConfiguration().WithTimeProvider(time));
        run.Call("subscribe-duration", ComponentVal.U64(3_000_000_000));

        var waiting = Task.Run(() =>
        {
            if (wait == "block")
            {
                run.Call("block");
            }
            else
            {
                run.Call(wait, v => v.GetU32()).ShouldBe(1u);
            }
        });

        // The guest waits on a timer; an early wakeup (here 1 s short) must send it back to a new timer, not return.
        SpinWait.SpinUntil(() => waiting.IsCompleted || time.TimersSet >= 1, TimeSpan.FromSeconds(30)).ShouldBeTrue();
        waiting.IsCompleted.ShouldBeFalse();
        time.Advance(2_000_000_000);
        SpinWait.SpinUntil(() => waiting.IsCompleted || time.TimersSet >= 2, TimeSpan.FromSeconds(30)).ShouldBeTrue();
        waiting.IsCompleted.ShouldBeFalse();

        time.Advance(1_000_000_000);

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        run.Call<bool>("ready", v => v.GetBool()).ShouldBeTrue();
        run.Call("release");
    }

    [Theory]
    [InlineData("block")]
    [InlineData("poll-one")]
    public void A_wait_on_the_system_clock_never_ends_before_the_deadline(string wait)
    {
        using var run = new WasiRun(ComponentBackend.Direct, ClockComponents.Clocks);
        run.Call("subscribe-duration", ComponentVal.U64(20_000_000));

        for (var i = 0; i < 5; i++)
        {
            if (wait == "block")
            {
                run.Call("block");
            }
            else
            {
                run.Call(wait, v => v.GetU32()).ShouldBe(1u);
            }

            run.Call<bool>("ready", v => v.GetBool()).ShouldBeTrue();
            run.Call("subscribe-duration", ComponentVal.U64(3_000_000));
        }

        run.Call("release");
    }

    [Theory]
    [InlineData("block", "wasi:io/poll#[method]pollable.block")]
    [InlineData("poll-one", "wasi:io/poll#poll")]
    public void A_wait_on_the_system_clock_ends_when_the_call_is_canceled(string wait, string function)
    {
        using var run = new WasiRun(ComponentBackend.Direct, ClockComponents.Clocks, epochInterruption: true);
        using var cancel = new CancellationTokenSource();
        run.Call("subscribe-duration", ComponentVal.U64(600_000_000_000));
        run.Store.CallCancellation = cancel.Token;
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));

        var error = Should.Throw<WitRuntimeException>(() =>
        {
            if (wait == "block")
            {
                run.Call("block");
            }
            else
            {
                run.Call(wait, v => v.GetU32());
            }
        });

        error.InnerException.ShouldBeOfType<WitCallCanceledException>().Message.ShouldContain(function);
    }

    [Fact]
    public void A_wait_on_the_system_clock_ends_at_the_calls_timeout()
    {
        using var run = new WasiRun(ComponentBackend.Direct, ClockComponents.Clocks, epochInterruption: true);
        run.Call("subscribe-duration", ComponentVal.U64(600_000_000_000));
        run.Store.CallTimeout = TimeSpan.FromMilliseconds(100);

        var error = Should.Throw<WitRuntimeException>(() => run.Call("block"));

        error.InnerException.ShouldBeOfType<WitTimeoutException>().Message.ShouldContain("wasi:io/poll#[method]pollable.block");
    }

    [Fact]
    public void A_time_provider_on_the_wasmtime_backend_is_refused_naming_the_option()
    {
        var error = Should.Throw<WitRuntimeException>(() => new WasiRun(
            ComponentBackend.Wasmtime, ClockComponents.Clocks, new WasiConfiguration().WithTimeProvider(new ManualTimeProvider(Frozen))));

        error.Message.ShouldContain("WasiConfiguration.WithTimeProvider");
    }

    [Fact]
    public void A_time_provider_under_auto_runs_the_component_on_the_direct_backend()
    {
        var time = new ManualTimeProvider(Frozen);
        using var run = new WasiRun(ComponentBackend.Auto, ClockComponents.Clocks, new WasiConfiguration().WithTimeProvider(time));

        run.Instance.Backend.ShouldBe(ComponentBackend.Direct);
        run.CallU64("wall-seconds").ShouldBe((ulong)Frozen.ToUnixTimeSeconds());
    }
}
