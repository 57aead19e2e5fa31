namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// Linux <c>errno</c> values and their WASI error codes, the table Wasmtime uses (anything else is
/// <see cref="FsErrorCode.Io"/>, as there).
/// </summary>
internal static class HostErrno
{
    public const int Interrupted = 4;
    public const int NotDirectory = 20;
    public const int NoSystemCall = 38;
    public const int Loop = 40;

    /// <summary>The last error of a C library call as a WASI error.</summary>
    public static FsException Last() => new(ToErrorCode(System.Runtime.InteropServices.Marshal.GetLastPInvokeError()));

    public static FsErrorCode ToErrorCode(int errno) => errno switch
    {
        32 => FsErrorCode.Pipe,
        1 => FsErrorCode.NotPermitted,
        2 => FsErrorCode.NoEntry,
        12 => FsErrorCode.InsufficientMemory,
        5 => FsErrorCode.Io,
        9 => FsErrorCode.BadDescriptor,
        16 => FsErrorCode.Busy,
        13 => FsErrorCode.Access,
        20 => FsErrorCode.NotDirectory,
        21 => FsErrorCode.IsDirectory,
        22 => FsErrorCode.Invalid,
        17 => FsErrorCode.Exist,
        27 => FsErrorCode.FileTooLarge,
        28 => FsErrorCode.InsufficientSpace,
        29 => FsErrorCode.InvalidSeek,
        31 => FsErrorCode.TooManyLinks,
        36 => FsErrorCode.NameTooLong,
        39 => FsErrorCode.NotEmpty,
        40 => FsErrorCode.Loop,
        75 => FsErrorCode.Overflow,
        84 => FsErrorCode.IllegalByteSequence,
        95 => FsErrorCode.Unsupported,
        114 => FsErrorCode.Already,
        115 => FsErrorCode.InProgress,
        4 => FsErrorCode.Interrupted,
        _ => FsErrorCode.Io,
    };
}
