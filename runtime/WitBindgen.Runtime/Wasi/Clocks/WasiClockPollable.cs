using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// The pollable of <c>subscribe-instant</c> and <c>subscribe-duration</c>: ready once the store's monotonic clock
/// reaches the deadline, and never before. A waiter waits on a timer of the store's <see cref="TimeProvider"/>; when the
/// timer fires early (a coarse timer, or a provider that fires it before its time) the clock is read again and the
/// timer set anew, so the wait ends only at the deadline, without spinning. On <see cref="TimeProvider.System"/> a waiter
/// sleeps until <see cref="ReadyAt"/> itself instead, without a timer's thread hops.
/// </summary>
internal sealed class WasiClockPollable : WasiPollable
{
    private readonly object _gate = new();
    private readonly WasiClockState _clock;
    private readonly ulong _deadline;
    private TaskCompletionSource? _reached;
    private ITimer? _timer;

    /// <summary>Creates a pollable ready when the monotonic clock of <paramref name="clock"/> reaches <paramref name="deadline"/>.</summary>
    public WasiClockPollable(WasiClockState clock, ulong deadline)
        : base(parent: null)
    {
        _clock = clock;
        _deadline = deadline;
    }

    /// <inheritdoc />
    public override bool IsReady => _clock.MonotonicNow() >= _deadline;

    /// <inheritdoc />
    public override long ReadyAt => _clock.SystemTimestampOf(_deadline);

    /// <inheritdoc />
    public override Task WhenReady()
    {
        lock (_gate)
        {
            if (_reached is null)
            {
                if (IsReady)
                {
                    return Task.CompletedTask;
                }

                _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _timer = _clock.TimeProvider.CreateTimer(static state => ((WasiClockPollable)state!).OnTimer(), this, _clock.Until(_deadline), Timeout.InfiniteTimeSpan);
            }

            return _reached.Task;
        }
    }

    /// <inheritdoc />
    protected override void Release()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (IsReady)
            {
                _reached?.TrySetResult();
            }
            else
            {
                _timer?.Change(_clock.Until(_deadline), Timeout.InfiniteTimeSpan);
            }
        }
    }
}
