using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// The C library calls of the host sandbox: every one takes a directory descriptor and a single name (or a
/// path the kernel keeps beneath that descriptor, for <c>openat2</c>), never a path from the process's root.
/// </summary>
internal static unsafe partial class HostLibc
{
    private const string LibC = "libc";

    /// <summary><c>openat(2)</c>; <paramref name="mode"/> is read only with <c>O_CREAT</c>.</summary>
    [LibraryImport(LibC, EntryPoint = "openat", SetLastError = true)]
    public static partial int OpenAt(int directory, byte* name, int flags, uint mode);

    /// <summary><c>syscall(2)</c> for <c>openat2</c>, which the C library may not wrap.</summary>
    [LibraryImport(LibC, EntryPoint = "syscall", SetLastError = true)]
    public static partial long Syscall(long number, long directory, byte* path, OpenHow* how, nuint size);

    /// <summary><c>pread(2)</c>; the handle stays referenced (it cannot be closed and its number reused) while the call runs.</summary>
    [LibraryImport(LibC, EntryPoint = "pread", SetLastError = true)]
    public static partial nint PRead(SafeFileHandle descriptor, byte* buffer, nuint count, long offset);

    [LibraryImport(LibC, EntryPoint = "close")]
    public static partial int Close(int descriptor);

    [LibraryImport(LibC, EntryPoint = "mkdirat", SetLastError = true)]
    public static partial int MkdirAt(int directory, byte* name, uint mode);

    [LibraryImport(LibC, EntryPoint = "unlinkat", SetLastError = true)]
    public static partial int UnlinkAt(int directory, byte* name, int flags);

    [LibraryImport(LibC, EntryPoint = "renameat", SetLastError = true)]
    public static partial int RenameAt(int oldDirectory, byte* oldName, int newDirectory, byte* newName);

    [LibraryImport(LibC, EntryPoint = "symlinkat", SetLastError = true)]
    public static partial int SymlinkAt(byte* target, int directory, byte* name);

    [LibraryImport(LibC, EntryPoint = "readlinkat", SetLastError = true)]
    public static partial nint ReadlinkAt(int directory, byte* name, byte* buffer, nuint size);

    [LibraryImport(LibC, EntryPoint = "linkat", SetLastError = true)]
    public static partial int LinkAt(int oldDirectory, byte* oldName, int newDirectory, byte* newName, int flags);

    [LibraryImport(LibC, EntryPoint = "utimensat", SetLastError = true)]
    public static partial int UtimensAt(int directory, byte* name, HostTimespec* times, int flags);

    [LibraryImport(LibC, EntryPoint = "futimens", SetLastError = true)]
    public static partial int Futimens(int descriptor, HostTimespec* times);

    [LibraryImport(LibC, EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int descriptor);

    [LibraryImport(LibC, EntryPoint = "fdatasync", SetLastError = true)]
    public static partial int Fdatasync(int descriptor);

    [LibraryImport(LibC, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int Ftruncate(int descriptor, long length);

    [LibraryImport(LibC, EntryPoint = "fdopendir", SetLastError = true)]
    public static partial nint Fdopendir(int descriptor);

    [LibraryImport(LibC, EntryPoint = "readdir", SetLastError = true)]
    public static partial byte* Readdir(nint directory);

    [LibraryImport(LibC, EntryPoint = "closedir")]
    public static partial int Closedir(nint directory);

    /// <summary><c>struct open_how</c> of <c>openat2(2)</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct OpenHow
    {
        public ulong Flags;
        public ulong Mode;
        public ulong Resolve;
    }
}
