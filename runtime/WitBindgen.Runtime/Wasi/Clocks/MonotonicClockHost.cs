using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// The direct backend's <c>wasi:clocks/monotonic-clock</c>: nanoseconds of the calling store's time provider since the
/// store first read a clock, and pollables ready when it reaches a deadline (<see cref="WasiClockPollable"/>).
/// </summary>
internal sealed class MonotonicClockHost : global::WitBindgen.Runtime.Wasi.Bindings.MonotonicClock.IMonotonicClock
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly MonotonicClockHost Instance = new();

    /// <inheritdoc />
    public ulong Now() => WasiClockState.Current.MonotonicNow();

    /// <inheritdoc />
    public ulong Resolution() => WasiClockState.Current.MonotonicResolution;

    /// <inheritdoc />
    public Pollable SubscribeInstant(ulong when) => new WasiClockPollable(WasiClockState.Current, when);

    /// <inheritdoc />
    public Pollable SubscribeDuration(ulong when)
    {
        var clock = WasiClockState.Current;
        var now = clock.MonotonicNow();

        // A deadline past the clock's range is never reached, as Wasmtime's is never.
        return new WasiClockPollable(clock, when > ulong.MaxValue - now ? ulong.MaxValue : now + when);
    }
}
