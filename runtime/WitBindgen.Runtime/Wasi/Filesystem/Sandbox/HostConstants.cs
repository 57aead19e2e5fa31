using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// The C library's flag values for the host sandbox, which differ between Linux architectures (the open flags
/// of arm64 are not those of x64). Only Linux is supported: <see cref="IsSupported"/> says whether this process
/// can use the host sandbox at all.
/// </summary>
internal static class HostConstants
{
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int ReadWrite = 2;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int Truncate = 0x200;
    public const int CloseOnExec = 0x80000;
    public const int PathOnly = 0x200000;
    public const int SymlinkNoFollow = 0x100;
    public const int RemoveDirectory = 0x200;
    public const int EmptyPath = 0x1000;
    public const long UtimeNow = (1L << 30) - 1;
    public const long UtimeOmit = (1L << 30) - 2;
    public const long Openat2SyscallNumber = 437;
    public const ulong ResolveNoMagicLinks = 0x02;
    public const ulong ResolveBeneath = 0x08;

    /// <summary>Offsets of <c>d_type</c> and <c>d_name</c> in glibc's and musl's 64-bit <c>struct dirent</c>.</summary>
    public const int DirentTypeOffset = 18;
    public const int DirentNameOffset = 19;

    /// <summary>Whether the host sandbox runs here: Linux on x64 or arm64.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() &&
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary><c>O_DIRECTORY</c>.</summary>
    public static int Directory { get; } = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x4000 : 0x10000;

    /// <summary><c>O_NOFOLLOW</c>.</summary>
    public static int NoFollow { get; } = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;
}
