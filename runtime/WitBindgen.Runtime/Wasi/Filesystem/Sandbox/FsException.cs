namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// A sandbox operation's WASI error. It carries only the code: the host's error text and real paths stay on the
/// host, so nothing of them can reach the guest through this exception.
/// </summary>
internal sealed class FsException : Exception
{
    public FsException(FsErrorCode code)
        : base($"The filesystem operation failed with {code}.")
    {
        Code = code;
    }

    /// <summary>The WASI error code the guest receives.</summary>
    public FsErrorCode Code { get; }
}
