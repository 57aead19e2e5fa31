using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>Linux's <c>struct statx</c> (the same 256 bytes on every architecture), the fields WASI reports.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct HostStatx
{
    /// <summary>Type, mode, link count, times, inode, size and birth time.</summary>
    public const uint Mask = 0x1 | 0x2 | 0x4 | 0x20 | 0x40 | 0x100 | 0x200 | 0x800;

    private const uint AccessTimeField = 0x20;
    private const uint ModificationTimeField = 0x40;
    private const uint BirthTimeField = 0x800;

    [FieldOffset(0)] private readonly uint _mask;
    [FieldOffset(16)] private readonly uint _linkCount;
    [FieldOffset(28)] private readonly ushort _mode;
    [FieldOffset(32)] private readonly ulong _inode;
    [FieldOffset(40)] private readonly ulong _size;
    [FieldOffset(64)] private readonly long _accessSeconds;
    [FieldOffset(72)] private readonly uint _accessNanoseconds;
    [FieldOffset(80)] private readonly long _birthSeconds;
    [FieldOffset(88)] private readonly uint _birthNanoseconds;
    [FieldOffset(112)] private readonly long _modificationSeconds;
    [FieldOffset(120)] private readonly uint _modificationNanoseconds;
    [FieldOffset(136)] private readonly uint _deviceMajor;
    [FieldOffset(140)] private readonly uint _deviceMinor;

    /// <summary>The WASI type of the object.</summary>
    public readonly FsDescriptorType Type => (_mode & 0xF000) switch
    {
        0x4000 => FsDescriptorType.Directory,
        0xA000 => FsDescriptorType.SymbolicLink,
        0x8000 => FsDescriptorType.RegularFile,
        0x6000 => FsDescriptorType.BlockDevice,
        0x2000 => FsDescriptorType.CharacterDevice,
        _ => FsDescriptorType.Unknown,
    };

    /// <summary>The device and inode pair that identifies the object.</summary>
    public readonly (ulong Device, ulong Inode) Identity => (((ulong)_deviceMajor << 32) | _deviceMinor, _inode);

    /// <summary>
    /// WASI's stat. Like Wasmtime, the status-change slot carries the creation (birth) time, absent where the
    /// file system keeps none.
    /// </summary>
    public readonly FsStat ToStat() => new(
        Type,
        _linkCount,
        _size,
        Time(AccessTimeField, _accessSeconds, _accessNanoseconds),
        Time(ModificationTimeField, _modificationSeconds, _modificationNanoseconds),
        Time(BirthTimeField, _birthSeconds, _birthNanoseconds));

    private readonly FsTimestamp? Time(uint field, long seconds, uint nanoseconds) =>
        (_mask & field) != 0 && seconds >= 0 ? new FsTimestamp((ulong)seconds, nanoseconds) : null;
}
