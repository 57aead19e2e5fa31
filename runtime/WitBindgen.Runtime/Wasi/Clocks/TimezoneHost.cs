#pragma warning disable WIT_clocks_timezone // implementing the interface generated for an @unstable feature

using Datetime = global::WitBindgen.Runtime.Wasi.Bindings.WallClock.Datetime;
using TimezoneDisplay = global::WitBindgen.Runtime.Wasi.Bindings.Timezone.TimezoneDisplay;

namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// The direct backend's <c>wasi:clocks/timezone</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class TimezoneHost : global::WitBindgen.Runtime.Wasi.Bindings.Timezone.ITimezone
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TimezoneHost Instance = new();

    /// <inheritdoc />
    public TimezoneDisplay Display(Datetime when) => throw WasiTrap.NotImplemented("wasi:clocks/timezone#display");

    /// <inheritdoc />
    public int UtcOffset(Datetime when) => throw WasiTrap.NotImplemented("wasi:clocks/timezone#utc-offset");
}
