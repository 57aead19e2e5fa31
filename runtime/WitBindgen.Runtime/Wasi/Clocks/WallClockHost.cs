using Datetime = global::WitBindgen.Runtime.Wasi.Bindings.WallClock.Datetime;

namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// The direct backend's <c>wasi:clocks/wall-clock</c>: the UTC time of the calling store's time provider
/// (<see cref="WasiConfiguration.WithTimeProvider"/>), with Wasmtime's resolution of one nanosecond.
/// </summary>
internal sealed class WallClockHost : global::WitBindgen.Runtime.Wasi.Bindings.WallClock.IWallClock
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly WallClockHost Instance = new();

    /// <inheritdoc />
    public Datetime Now()
    {
        var (seconds, nanoseconds) = WasiClockState.Current.WallNow();
        return new Datetime(seconds, nanoseconds);
    }

    /// <inheritdoc />
    public Datetime Resolution()
    {
        var (seconds, nanoseconds) = WasiClockState.Current.WallResolution;
        return new Datetime(seconds, nanoseconds);
    }
}
