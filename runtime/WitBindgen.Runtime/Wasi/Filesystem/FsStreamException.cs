using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// A file stream's failed read or write, as the io streams see it (an <see cref="IOException"/>), keeping the
/// filesystem error code for <c>filesystem-error-code</c>.
/// </summary>
internal sealed class FsStreamException : IOException
{
    public FsStreamException(FsErrorCode code)
        : base($"The file stream failed with {code}.")
    {
        Code = code;
    }

    public FsErrorCode Code { get; }
}
