using WitBindgen.Runtime.Wasi.Clocks;

namespace WitBindgen.Runtime.Tests.Wasi.Clocks;

/// <summary>How long a waiter on a clock deadline sets its timer for (<see cref="WasiClockState.Until"/>), and until when it sleeps on the system clock (<see cref="WasiClockState.SystemTimestampOf"/>).</summary>
public sealed class ClockStateTests
{
    [Theory]
    [InlineData(0UL, 0L)]
    [InlineData(1UL, 1L)]
    [InlineData(999_999UL, 1L)]
    [InlineData(1_000_000UL, 1L)]
    [InlineData(1_500_000UL, 2L)]
    [InlineData(3_000_000_000UL, 3000L)]
    public void A_timer_is_set_in_whole_milliseconds_rounded_up_so_it_never_fires_before_the_deadline(ulong remaining, long milliseconds)
    {
        var clock = new WasiClockState(new ManualTimeProvider(DateTimeOffset.UnixEpoch));

        clock.Until(clock.MonotonicNow() + remaining).ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Fact]
    public void A_deadline_far_away_is_waited_for_in_steps_a_timer_can_take()
    {
        var clock = new WasiClockState(new ManualTimeProvider(DateTimeOffset.UnixEpoch));

        clock.Until(ulong.MaxValue).ShouldBe(WasiClockState.LongestWait);
        clock.Until(0).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void On_the_system_clock_a_deadline_is_the_stopwatch_timestamp_from_which_the_clock_has_reached_it()
    {
        var clock = new WasiClockState(TimeProvider.System);
        var now = clock.MonotonicNow();

        clock.SystemTimestampOf(0).ShouldBeLessThanOrEqualTo(System.Diagnostics.Stopwatch.GetTimestamp());
        var at = clock.SystemTimestampOf(now + 3_000_000_000);
        var ahead = at - System.Diagnostics.Stopwatch.GetTimestamp();
        ahead.ShouldBeGreaterThan(0);
        ahead.ShouldBeLessThanOrEqualTo((3 * System.Diagnostics.Stopwatch.Frequency) + 1);
        clock.SystemTimestampOf(ulong.MaxValue).ShouldBe(long.MaxValue);
    }

    [Fact]
    public void Another_time_provider_has_no_stopwatch_deadline_so_its_timers_are_waited_on()
    {
        var clock = new WasiClockState(new ManualTimeProvider(DateTimeOffset.UnixEpoch));

        clock.SystemTimestampOf(1_000_000).ShouldBe(long.MaxValue);
    }
}
