namespace WitBindgen.Runtime.Tests.Wasi.Clocks;

/// <summary>
/// A <see cref="TimeProvider"/> whose time only moves when the test calls <see cref="Advance"/> (timestamps in
/// nanoseconds). Timers fire on the advancing thread once due; with <see cref="SpuriousWakeups"/> every advance fires
/// every timer, due or not, so a waiter must check the time itself. Thread-safe.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _utcNow;
    private long _timestamp;
    private int _timersSet;

    public ManualTimeProvider(DateTimeOffset utcNow, long timestamp = 1_000_000)
    {
        _utcNow = utcNow;
        _timestamp = timestamp;
    }

    /// <summary>Whether every <see cref="Advance"/> fires every timer, even one not yet due.</summary>
    public bool SpuriousWakeups { get; init; }

    /// <summary>How many times a timer was set to fire (created or changed with a due time).</summary>
    public int TimersSet
    {
        get
        {
            lock (_gate)
            {
                return _timersSet;
            }
        }
    }

    /// <summary>The time zone the provider reports as local (UTC unless set).</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    public override TimeZoneInfo LocalTimeZone => Zone;

    public override long TimestampFrequency => 1_000_000_000;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _utcNow;
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _timestamp;
        }
    }

    /// <summary>Moves both clocks forward by <paramref name="nanoseconds"/> and fires the timers that are due.</summary>
    public void Advance(long nanoseconds)
    {
        ManualTimer[] due;
        lock (_gate)
        {
            _timestamp += nanoseconds;
            _utcNow += TimeSpan.FromTicks(nanoseconds / 100);
            due = _timers.Where(t => SpuriousWakeups || t.DueAt <= _timestamp).ToArray();
            foreach (var timer in due)
            {
                _timers.Remove(timer);
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        Schedule(timer, dueTime);
        return timer;
    }

    internal void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.DueAt = _timestamp + dueTime.Ticks * 100;
                _timers.Add(timer);
                _timersSet++;
            }
        }
    }

    internal void Cancel(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }
}
