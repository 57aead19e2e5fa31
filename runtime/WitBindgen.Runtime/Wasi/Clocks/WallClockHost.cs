using Datetime = global::WitBindgen.Runtime.Wasi.Bindings.WallClock.Datetime;

namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// The direct backend's <c>wasi:clocks/wall-clock</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class WallClockHost : global::WitBindgen.Runtime.Wasi.Bindings.WallClock.IWallClock
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly WallClockHost Instance = new();

    /// <inheritdoc />
    public Datetime Now() => throw WasiTrap.NotImplemented("wasi:clocks/wall-clock#now");

    /// <inheritdoc />
    public Datetime Resolution() => throw WasiTrap.NotImplemented("wasi:clocks/wall-clock#resolution");
}
