using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// The direct backend's <c>wasi:clocks/monotonic-clock</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class MonotonicClockHost : global::WitBindgen.Runtime.Wasi.Bindings.MonotonicClock.IMonotonicClock
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly MonotonicClockHost Instance = new();

    /// <inheritdoc />
    public ulong Now() => throw WasiTrap.NotImplemented("wasi:clocks/monotonic-clock#now");

    /// <inheritdoc />
    public ulong Resolution() => throw WasiTrap.NotImplemented("wasi:clocks/monotonic-clock#resolution");

    /// <inheritdoc />
    public Pollable SubscribeInstant(ulong when) => throw WasiTrap.NotImplemented("wasi:clocks/monotonic-clock#subscribe-instant");

    /// <inheritdoc />
    public Pollable SubscribeDuration(ulong when) => throw WasiTrap.NotImplemented("wasi:clocks/monotonic-clock#subscribe-duration");
}
