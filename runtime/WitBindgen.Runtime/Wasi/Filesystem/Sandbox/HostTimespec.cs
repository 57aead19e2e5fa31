using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary><c>struct timespec</c> on a 64-bit host, for <c>utimensat</c> and <c>futimens</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct HostTimespec
{
    public long Seconds;
    public long Nanoseconds;

    /// <summary>The kernel's encoding of a WASI new-timestamp.</summary>
    public static HostTimespec From(FsNewTimestamp time) => time.Kind switch
    {
        FsNewTimestampKind.NoChange => new HostTimespec { Nanoseconds = HostConstants.UtimeOmit },
        FsNewTimestampKind.Now => new HostTimespec { Nanoseconds = HostConstants.UtimeNow },
        _ when time.Time.Seconds > long.MaxValue || time.Time.Nanoseconds >= 1_000_000_000 => throw new FsException(FsErrorCode.Invalid),
        _ => new HostTimespec { Seconds = (long)time.Time.Seconds, Nanoseconds = time.Time.Nanoseconds },
    };
}
