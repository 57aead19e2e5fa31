namespace WitBindgen.Runtime.Tests.Wasi.Clocks;

/// <summary>A one-shot timer of <see cref="ManualTimeProvider"/>.</summary>
internal sealed class ManualTimer(ManualTimeProvider provider, TimerCallback callback, object? state) : ITimer
{
    /// <summary>The provider timestamp at which the timer is due.</summary>
    public long DueAt { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        provider.Schedule(this, dueTime);
        return true;
    }

    public void Fire() => callback(state);

    public void Dispose() => provider.Cancel(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
