using WitBindgen.Runtime.Wasi.Bindings.Poll;

namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The base of every pollable of the direct backend's WASI: a readiness that can be checked without blocking and a
/// task that completes when it is reached, which <c>block</c> and <c>poll</c> wait on without spinning.
/// </summary>
/// <remarks>
/// A pollable made by a resource's <c>subscribe</c> is that resource's child (see <see cref="WasiResourceChildren"/>):
/// it counts itself there until it is dropped.
/// </remarks>
internal abstract class WasiPollable : Pollable
{
    private readonly WasiResourceChildren? _parent;
    private bool _disposed;

    /// <summary>Creates a pollable, the child of <paramref name="parent"/> when given.</summary>
    protected WasiPollable(WasiResourceChildren? parent)
    {
        _parent = parent;
        parent?.Add();
    }

    /// <summary>Whether the pollable is ready now; never blocks.</summary>
    public abstract bool IsReady { get; }

    /// <summary>A task that completes once the pollable is ready (at once when it is ready already).</summary>
    public abstract Task WhenReady();

    /// <summary>
    /// The <see cref="System.Diagnostics.Stopwatch"/> timestamp from which the pollable is ready, when that is known in
    /// advance (a deadline on the system clock): a waiter sleeps until then instead of waiting on
    /// <see cref="WhenReady"/>. <see cref="long.MaxValue"/> (the default) when it is not.
    /// </summary>
    public virtual long ReadyAt => long.MaxValue;

    /// <inheritdoc />
    public sealed override bool Ready() => IsReady;

    /// <inheritdoc />
    public sealed override void Block()
    {
        const string Function = "wasi:io/poll#[method]pollable.block";
        while (!IsReady)
        {
            var readyAt = ReadyAt;
            WasiWait.Any(readyAt == long.MaxValue ? [WhenReady()] : [], readyAt, Function);
        }
    }

    /// <inheritdoc />
    public sealed override void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _parent?.Remove();
        Release();
    }

    /// <summary>Releases what the pollable holds (a timer, a registration) when the guest drops it.</summary>
    protected virtual void Release()
    {
    }
}
