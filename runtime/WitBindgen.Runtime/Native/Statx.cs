using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// The fields this runtime reads of Linux's <c>struct statx</c>, whose layout (unlike <c>struct stat</c>) is the
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
    [FieldOffset(20)] private readonly uint _uid;
    [FieldOffset(28)] private readonly ushort _mode;
    [FieldOffset(40)] private readonly ulong _size;

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
