namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>A pollable that is always ready (a stream that never blocks, a deadline already passed).</summary>
internal sealed class WasiReadyPollable : WasiPollable
{
    /// <summary>Creates the pollable, the child of <paramref name="parent"/> when given.</summary>
    public WasiReadyPollable(WasiResourceChildren? parent = null)
        : base(parent)
    {
    }

    /// <inheritdoc />
    public override bool IsReady => true;

    /// <inheritdoc />
    public override Task WhenReady() => Task.CompletedTask;
}
