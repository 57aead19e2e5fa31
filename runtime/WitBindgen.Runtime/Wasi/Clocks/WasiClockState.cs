namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// One store's clocks over its <see cref="System.TimeProvider"/>: the wall clock is the provider's UTC time, the
/// monotonic clock counts nanoseconds of the provider's timestamp since the store's clocks were created (as Wasmtime
/// counts from its context's creation), and deadlines on it are waited for with the provider's timers.
/// </summary>
internal sealed class WasiClockState
{
    private const long NanosecondsPerSecond = 1_000_000_000;
    private readonly long _origin;

    /// <summary>The longest single timer a waiter sets (timers take at most about 49 days).</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <summary>Creates the clocks of a store over <paramref name="timeProvider"/>.</summary>
    public WasiClockState(TimeProvider timeProvider)
    {
        TimeProvider = timeProvider;
        _origin = timeProvider.GetTimestamp();
        MonotonicResolution = (ulong)Math.Max(1, NanosecondsPerSecond / Math.Max(1, timeProvider.TimestampFrequency));
    }

    /// <summary>The clocks of the store whose guest is calling (created on its first clock call).</summary>
    public static WasiClockState Current => WasiContext.Current.GetState(static context => new WasiClockState(context.Configuration.TimeProvider));

    /// <summary>The provider the clocks read and whose timers wait.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The monotonic clock's resolution in nanoseconds (one timestamp tick, at least 1).</summary>
    public ulong MonotonicResolution { get; }

    /// <summary>The wall clock's resolution, (seconds, nanoseconds): one nanosecond, as Wasmtime reports.</summary>
    public (ulong Seconds, uint Nanoseconds) WallResolution => (0, 1);

    /// <summary>Nanoseconds on the monotonic clock (since the clocks were created).</summary>
    public ulong MonotonicNow()
    {
        var elapsed = TimeProvider.GetTimestamp() - _origin;
        if (elapsed <= 0)
        {
            return 0;
        }

        var nanoseconds = (UInt128)(ulong)elapsed * NanosecondsPerSecond / (ulong)TimeProvider.TimestampFrequency;
        return nanoseconds > ulong.MaxValue ? ulong.MaxValue : (ulong)nanoseconds;
    }

    /// <summary>The wall clock's time since 1970-01-01T00:00:00Z as (seconds, nanoseconds); 0 before that.</summary>
    public (ulong Seconds, uint Nanoseconds) WallNow()
    {
        var ticks = (TimeProvider.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks;
        if (ticks <= 0)
        {
            return (0, 0);
        }

        return ((ulong)(ticks / TimeSpan.TicksPerSecond), (uint)(ticks % TimeSpan.TicksPerSecond * TimeSpan.NanosecondsPerTick));
    }

    /// <summary>
    /// The <see cref="System.Diagnostics.Stopwatch"/> timestamp from which the monotonic clock reads at least
    /// <paramref name="deadline"/>, when the clocks run on <see cref="TimeProvider.System"/> (whose timestamps are the
    /// Stopwatch's), so a waiter can sleep until it precisely; <see cref="long.MaxValue"/> for another provider (its
    /// timers are waited on) or a deadline beyond the timestamp's range.
    /// </summary>
    public long SystemTimestampOf(ulong deadline)
    {
        if (!ReferenceEquals(TimeProvider, TimeProvider.System))
        {
            return long.MaxValue;
        }

        // Rounded up, so that at this timestamp MonotonicNow (which rounds down) has reached the deadline.
        var ticks = ((UInt128)deadline * (ulong)TimeProvider.TimestampFrequency + (NanosecondsPerSecond - 1)) / NanosecondsPerSecond;
        return ticks >= (UInt128)(long.MaxValue - _origin) ? long.MaxValue : _origin + (long)ticks;
    }

    /// <summary>
    /// How long until the monotonic clock reaches <paramref name="deadline"/>, rounded up to whole milliseconds (timers
    /// count milliseconds and drop the rest, so a shorter wait would fire early and be set again and again), and at
    /// most <see cref="LongestWait"/> (a waiter checks again after that); <see cref="TimeSpan.Zero"/> when it has been
    /// reached.
    /// </summary>
    public TimeSpan Until(ulong deadline)
    {
        var now = MonotonicNow();
        if (now >= deadline)
        {
            return TimeSpan.Zero;
        }

        const ulong NanosecondsPerMillisecond = 1_000_000;
        var remaining = deadline - now;
        var milliseconds = remaining / NanosecondsPerMillisecond + (remaining % NanosecondsPerMillisecond == 0 ? 0UL : 1UL);
        return milliseconds >= (ulong)LongestWait.TotalMilliseconds ? LongestWait : TimeSpan.FromMilliseconds(milliseconds);
    }
}
