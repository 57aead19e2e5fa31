#pragma warning disable WIT_clocks_timezone // implementing the interface generated for an @unstable feature

using System.Globalization;
using Datetime = global::WitBindgen.Runtime.Wasi.Bindings.WallClock.Datetime;
using TimezoneDisplay = global::WitBindgen.Runtime.Wasi.Bindings.Timezone.TimezoneDisplay;

namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>
/// The direct backend's <c>wasi:clocks/timezone</c> (an <c>@unstable</c> interface, linked only when the host opts in
/// to <c>clocks-timezone</c>): the local time zone of the calling store's time provider
/// (<see cref="TimeProvider.LocalTimeZone"/>), named <c>UTC</c> when it is UTC and by its offset (<c>+01:00</c>)
/// otherwise, which the WIT allows and which does not depend on the host's language.
/// </summary>
internal sealed class TimezoneHost : global::WitBindgen.Runtime.Wasi.Bindings.Timezone.ITimezone
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TimezoneHost Instance = new();

    // DateTimeOffset.MaxValue as seconds since 1970; later instants are taken as that one.
    private static readonly ulong LastSecond = (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <inheritdoc />
    public TimezoneDisplay Display(Datetime when)
    {
        var zone = WasiClockState.Current.TimeProvider.LocalTimeZone;
        var instant = ToInstant(when);
        var offset = zone.GetUtcOffset(instant);
        var isUtc = offset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;
        var name = isUtc ? "UTC" : offset.ToString((offset < TimeSpan.Zero ? "\\-" : "\\+") + "hh\\:mm", CultureInfo.InvariantCulture);
        return new TimezoneDisplay((int)offset.TotalSeconds, name, zone.IsDaylightSavingTime(instant));
    }

    /// <inheritdoc />
    public int UtcOffset(Datetime when) =>
        (int)WasiClockState.Current.TimeProvider.LocalTimeZone.GetUtcOffset(ToInstant(when)).TotalSeconds;

    private static DateTimeOffset ToInstant(Datetime when) =>
        DateTimeOffset.FromUnixTimeSeconds((long)Math.Min(when.Seconds, LastSecond));
}
