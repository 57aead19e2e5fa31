using Shouldly;
using Xunit;

namespace WitBindgen.Runtime.Tests.Production;

/// <summary>
/// The epoch ticker behind call timeouts and cancellation: it starts with the first timed call and stops only after
/// two ticks with no timed call, so back-to-back timed calls do not reschedule its timer each time.
/// </summary>
public sealed class EpochTickerTests
{
    [Fact]
    public void The_ticker_keeps_running_between_timed_calls_and_stops_after_two_idle_ticks()
    {
        // An hour between real ticks: only the test's own Tick calls advance the ticker.
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true, EpochTickInterval = TimeSpan.FromHours(1) });
        var ticker = engine.Ticker;
        ticker.IsTicking.ShouldBeFalse();

        ticker.Acquire();
        ticker.IsTicking.ShouldBeTrue();
        ticker.Release();
        ticker.IsTicking.ShouldBeTrue("a timed call that just ended leaves the timer running for the next one");

        ticker.Tick();
        ticker.IsTicking.ShouldBeTrue();
        ticker.Acquire();
        ticker.Tick();
        ticker.Tick();
        ticker.IsTicking.ShouldBeTrue("a tick while a timed call runs is not idle");
        ticker.Release();

        ticker.Tick();
        ticker.Tick();
        ticker.IsTicking.ShouldBeFalse();

        ticker.Acquire();
        ticker.IsTicking.ShouldBeTrue("the next timed call starts the timer again");
        ticker.Release();
    }

    [Fact]
    public void A_timed_call_still_times_out_after_the_ticker_stopped_and_started_again()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true, EpochTickInterval = TimeSpan.FromMilliseconds(1), CacheCompiledComponents = false });
        using var component = WasmComponent.FromWat(engine, """
            (component
              (core module $m (func (export "spin") (loop br 0)))
              (core instance $i (instantiate $m))
              (func (export "spin") (canon lift (core func $i "spin"))))
            """);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(20) };
        var spin = linker.Instantiate(store, component).GetFunction(null, "spin");

        Should.Throw<WitTimeoutException>(() => spin.Call([], []));
        SpinWait.SpinUntil(() => !engine.Ticker.IsTicking, TimeSpan.FromSeconds(10)).ShouldBeTrue("the ticker stops once idle");
        using var second = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(20) };
        var again = linker.Instantiate(second, component).GetFunction(null, "spin");
        Should.Throw<WitTimeoutException>(() => again.Call([], []));
    }
}
