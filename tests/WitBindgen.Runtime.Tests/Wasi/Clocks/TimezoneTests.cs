using WitBindgen.Runtime.Tests.Wasi.Cli;

namespace WitBindgen.Runtime.Tests.Wasi.Clocks;

/// <summary>
/// <c>wasi:clocks/timezone</c>, an <c>@unstable</c> interface: refused unless the store enables <c>clocks-timezone</c>,
/// then the local time zone of the store's time provider.
/// </summary>
public sealed class TimezoneTests
{
    private static readonly ulong Summer = (ulong)new DateTimeOffset(2030, 7, 1, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private static readonly ulong Winter = (ulong)new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    [Fact]
    public void Timezone_is_refused_unless_its_feature_is_enabled()
    {
        var error = Should.Throw<WitRuntimeException>(() => new WasiRun(ComponentBackend.Direct, ClockComponents.Timezone));

        error.Message.ShouldContain("clocks-timezone");
    }

    [Fact]
    public void Timezone_reports_the_providers_zone_with_daylight_saving()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone(
            "Test/Central", TimeSpan.FromHours(1), "Test Central", "TCT", "TCST",
            [TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday))]);
        var time = new ManualTimeProvider(DateTimeOffset.UnixEpoch) { Zone = zone };
        using var run = new WasiRun(ComponentBackend.Auto, ClockComponents.Timezone, new WasiConfiguration()
            .WithTimeProvider(time)
            .WithUnstableFeature("clocks-timezone"));

        run.Instance.Backend.ShouldBe(ComponentBackend.Direct);
        run.Call("utc-offset", v => v.GetS32(), ComponentVal.U64(Summer)).ShouldBe(7200);
        run.Call("zone-name", v => v.GetString(), ComponentVal.U64(Summer)).ShouldBe("+02:00");
        run.Call("daylight-saving", v => v.GetBool(), ComponentVal.U64(Summer)).ShouldBeTrue();
        run.Call("utc-offset", v => v.GetS32(), ComponentVal.U64(Winter)).ShouldBe(3600);
        run.Call("zone-name", v => v.GetString(), ComponentVal.U64(Winter)).ShouldBe("+01:00");
        run.Call("daylight-saving", v => v.GetBool(), ComponentVal.U64(Winter)).ShouldBeFalse();
        run.Call("utc-offset", v => v.GetS32(), ComponentVal.U64(ulong.MaxValue)).ShouldBe(3600);
    }

    [Fact]
    public void Timezone_names_utc_and_a_zone_west_of_it()
    {
        using var utc = new WasiRun(ComponentBackend.Direct, ClockComponents.Timezone, new WasiConfiguration()
            .WithTimeProvider(new ManualTimeProvider(DateTimeOffset.UnixEpoch))
            .WithUnstableFeature("clocks-timezone"));
        using var west = new WasiRun(ComponentBackend.Direct, ClockComponents.Timezone, new WasiConfiguration()
            .WithTimeProvider(new ManualTimeProvider(DateTimeOffset.UnixEpoch) { Zone = TimeZoneInfo.CreateCustomTimeZone("Test/West", TimeSpan.FromMinutes(-210), "West", "West") })
            .WithUnstableFeature("clocks-timezone"));

        utc.Call("zone-name", v => v.GetString(), ComponentVal.U64(Summer)).ShouldBe("UTC");
        utc.Call("utc-offset", v => v.GetS32(), ComponentVal.U64(Summer)).ShouldBe(0);
        west.Call("zone-name", v => v.GetString(), ComponentVal.U64(Summer)).ShouldBe("-03:30");
        west.Call("utc-offset", v => v.GetS32(), ComponentVal.U64(Summer)).ShouldBe(-12600);
    }
}
