using WitBindgen.Runtime.Wasi.Clocks;

namespace WitBindgen.Runtime.Tests.Wasi.Clocks;

/// <summary>How long a waiter on a clock deadline sets its timer for (<see cref="WasiClockState.Until"/>).</summary>
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
}
