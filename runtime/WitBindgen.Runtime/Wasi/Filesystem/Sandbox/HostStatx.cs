using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>What WASI reports of Linux's <c>struct statx</c> (<see cref="Statx"/>).</summary>
/// <param name="raw">What the kernel filled in for <see cref="Mask"/>.</param>
internal readonly struct HostStatx(Statx raw)
{
    /// <summary>Type, mode, link count, times, inode, size and birth time.</summary>
    public const uint Mask = 0x1 | 0x2 | 0x4 | AccessTimeField | ModificationTimeField | 0x100 | 0x200 | BirthTimeField;

    private const uint AccessTimeField = 0x20;
    private const uint ModificationTimeField = 0x40;
    private const uint BirthTimeField = 0x800;

    /// <summary>The WASI type of the object.</summary>
    public FsDescriptorType Type => raw.FileType switch
    {
        0x4000 => FsDescriptorType.Directory,
        0xA000 => FsDescriptorType.SymbolicLink,
        0x8000 => FsDescriptorType.RegularFile,
        0x6000 => FsDescriptorType.BlockDevice,
        0x2000 => FsDescriptorType.CharacterDevice,
        _ => FsDescriptorType.Unknown,
    };

    /// <summary>The device and inode pair that identifies the object.</summary>
    public (ulong Device, ulong Inode) Identity => raw.Identity;

    /// <summary>
    /// WASI's stat. Like Wasmtime, the status-change slot carries the creation (birth) time, absent where the
    /// file system keeps none.
    /// </summary>
    public FsStat ToStat() => new(
        Type,
        raw.LinkCount,
        raw.Size,
        Time(AccessTimeField, raw.AccessTime),
        Time(ModificationTimeField, raw.ModificationTime),
        Time(BirthTimeField, raw.BirthTime));

    private FsTimestamp? Time(uint field, (long Seconds, uint Nanoseconds) time) =>
        (raw.FilledFields & field) != 0 && time.Seconds >= 0 ? new FsTimestamp((ulong)time.Seconds, time.Nanoseconds) : null;
}
