using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// The fields this runtime reads of Linux's <c>struct statx</c> (the compile cache and the WASI sandbox), whose layout (unlike <c>struct stat</c>) is the
/// same on every architecture: 256 bytes, the type and permission bits at offset 28, the owner at 20.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct Statx
{
    /// <summary>Ask for the file type, the mode, the owner and the size.</summary>
    public const uint Mask = TypeField | ModeField | UidField | SizeField;

    private const uint TypeField = 0x1;
    private const uint ModeField = 0x2;
    private const uint UidField = 0x8;
    private const uint SizeField = 0x200;

    private const ushort TypeBits = 0xF000;
    private const ushort RegularFileType = 0x8000;
    private const ushort DirectoryType = 0x4000;
    private const ushort SymbolicLinkType = 0xA000;

    [FieldOffset(0)] private readonly uint _mask;
    [FieldOffset(16)] private readonly uint _linkCount;
    [FieldOffset(20)] private readonly uint _uid;
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

    /// <summary>The fields the kernel filled in (<c>stx_mask</c>).</summary>
    public readonly uint FilledFields => _mask;

    /// <summary>The file type bits of the mode (<c>S_IFMT</c>).</summary>
    public readonly int FileType => _mode & TypeBits;

    /// <summary>The number of hard links.</summary>
    public readonly uint LinkCount => _linkCount;

    /// <summary>The device and inode pair that identifies the file.</summary>
    public readonly (ulong Device, ulong Inode) Identity => (((ulong)_deviceMajor << 32) | _deviceMinor, _inode);

    /// <summary>The last access time (<c>stx_atime</c>).</summary>
    public readonly (long Seconds, uint Nanoseconds) AccessTime => (_accessSeconds, _accessNanoseconds);

    /// <summary>The last modification time (<c>stx_mtime</c>).</summary>
    public readonly (long Seconds, uint Nanoseconds) ModificationTime => (_modificationSeconds, _modificationNanoseconds);

    /// <summary>The creation time (<c>stx_btime</c>), where the file system keeps one.</summary>
    public readonly (long Seconds, uint Nanoseconds) BirthTime => (_birthSeconds, _birthNanoseconds);

    /// <summary>Whether the kernel filled in every field of <see cref="Mask"/>.</summary>
    public readonly bool IsComplete => (_mask & Mask) == Mask;

    /// <summary>The owner's user id.</summary>
    public readonly uint Owner => _uid;

    /// <summary>The permission bits, with set-user-id, set-group-id and sticky (<c>07777</c>).</summary>
    public readonly int Permissions => _mode & 0xFFF;

    /// <summary>The size in bytes.</summary>
    public readonly ulong Size => _size;

    public readonly bool IsRegularFile => (_mode & TypeBits) == RegularFileType;

    public readonly bool IsDirectory => (_mode & TypeBits) == DirectoryType;

    public readonly bool IsSymbolicLink => (_mode & TypeBits) == SymbolicLinkType;

    /// <summary>A short name of the file type, for messages.</summary>
    public readonly string TypeName => (_mode & TypeBits) switch
    {
        RegularFileType => "regular file",
        DirectoryType => "directory",
        SymbolicLinkType => "symbolic link",
        0x1000 => "FIFO",
        0xC000 => "socket",
        0x2000 => "character device",
        0x6000 => "block device",
        _ => "file of unknown type",
    };
}
