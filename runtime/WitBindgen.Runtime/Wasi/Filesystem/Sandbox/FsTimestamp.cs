namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>WASI's <c>wasi:clocks/wall-clock.datetime</c>: seconds and nanoseconds since the Unix epoch.</summary>
internal readonly record struct FsTimestamp(ulong Seconds, uint Nanoseconds)
{
    /// <summary>The instant of <paramref name="time"/>, or null before the epoch (WASI cannot express it).</summary>
    public static FsTimestamp? From(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return ticks < 0 ? null : new FsTimestamp((ulong)(ticks / TimeSpan.TicksPerSecond), (uint)(ticks % TimeSpan.TicksPerSecond * 100));
    }
}
