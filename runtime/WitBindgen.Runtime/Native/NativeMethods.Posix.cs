using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// The C library calls the compiled-component cache needs on Linux to open files without following links and
/// to check who owns them, which .NET's file APIs do not expose.
/// </summary>
internal static unsafe partial class NativeMethods
{
    private const string LibC = "libc";

    /// <summary><c>open(2)</c> without <c>O_CREAT</c> (so the variadic mode argument is never read).</summary>
    [LibraryImport(LibC, EntryPoint = "open", SetLastError = true)]
    public static partial int PosixOpen(byte* nulTerminatedPath, int flags);

    [LibraryImport(LibC, EntryPoint = "statx", SetLastError = true)]
    public static partial int PosixStatx(int directoryDescriptor, byte* nulTerminatedPath, int flags, uint mask, Statx* buffer);

    [LibraryImport(LibC, EntryPoint = "geteuid")]
    public static partial uint PosixGetEffectiveUserId();

    /// <summary><c>realpath(3)</c> with a null buffer: the result is allocated with <c>malloc</c>.</summary>
    [LibraryImport(LibC, EntryPoint = "realpath", SetLastError = true)]
    public static partial byte* PosixRealPath(byte* nulTerminatedPath, byte* resolved);

    [LibraryImport(LibC, EntryPoint = "free")]
    public static partial void PosixFree(void* pointer);
}
