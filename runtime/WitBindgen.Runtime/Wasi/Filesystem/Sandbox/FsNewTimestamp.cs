namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>WASI's <c>new-timestamp</c>: leave the time as it is, set it to now, or set it to <see cref="Time"/>.</summary>
internal readonly record struct FsNewTimestamp(FsNewTimestampKind Kind, FsTimestamp Time)
{
    /// <summary>Leaves the time unchanged.</summary>
    public static FsNewTimestamp NoChange => new(FsNewTimestampKind.NoChange, default);

    /// <summary>Sets the time to the current time.</summary>
    public static FsNewTimestamp Now => new(FsNewTimestampKind.Now, default);

    /// <summary>Sets the time to <paramref name="time"/>.</summary>
    public static FsNewTimestamp At(FsTimestamp time) => new(FsNewTimestampKind.Timestamp, time);
}
