namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// A pollable ready once a task completes (in any way): a timer of a <see cref="TimeProvider"/>, a pending read.
/// </summary>
internal sealed class WasiTaskPollable : WasiPollable
{
    private readonly Func<Task> _task;
    private readonly IDisposable? _owned;

    /// <summary>Creates a pollable over the task <paramref name="task"/> returns (asked again at each check).</summary>
    /// <param name="task">The task whose completion makes the pollable ready; asked each time, so it may change.</param>
    /// <param name="parent">The resource whose child the pollable is, if any.</param>
    /// <param name="owned">Disposed when the guest drops the pollable (a timer), if any.</param>
    public WasiTaskPollable(Func<Task> task, WasiResourceChildren? parent = null, IDisposable? owned = null)
        : base(parent)
    {
        _task = task;
        _owned = owned;
    }

    /// <summary>Creates a pollable ready once <paramref name="task"/> completes.</summary>
    public WasiTaskPollable(Task task, WasiResourceChildren? parent = null, IDisposable? owned = null)
        : this(() => task, parent, owned)
    {
    }

    /// <inheritdoc />
    public override bool IsReady => _task().IsCompleted;

    /// <inheritdoc />
    public override Task WhenReady() => _task();

    /// <inheritdoc />
    protected override void Release() => _owned?.Dispose();
}
