namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// A <c>wasi:io/error</c>: why a stream operation failed. The guest sees only <see cref="Message"/>, a fixed text
/// the runtime wrote; the host exception, whose text may name host paths, is kept for the host only.
/// </summary>
internal sealed class WasiError : Bindings.Error.Error
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">What the guest reads through <c>to-debug-string</c>; must not hold host details.</param>
    /// <param name="detail">A package's own description (for example a filesystem error code), or null.</param>
    /// <param name="cause">The host exception, never shown to the guest, or null.</param>
    public WasiError(string message, object? detail = null, Exception? cause = null)
    {
        Message = message;
        Detail = detail;
        Cause = cause;
    }

    /// <summary>The text the guest reads.</summary>
    public string Message { get; }

    /// <summary>A package's own description of the error (<c>wasi:filesystem</c>'s error code), or null.</summary>
    public object? Detail { get; }

    /// <summary>The host exception behind the error, for the host only.</summary>
    public Exception? Cause { get; }

    /// <summary>The error of a failed read or write of a host stream, with the kind of failure only.</summary>
    public static WasiError FromIOException(Exception exception, string operation) =>
        new(exception switch
        {
            UnauthorizedAccessException => $"{operation} failed: access denied",
            ObjectDisposedException => $"{operation} failed: the host stream was closed",
            NotSupportedException => $"{operation} failed: the host stream does not support it",
            _ => $"{operation} failed: I/O error",
        }, cause: exception);

    /// <inheritdoc />
    public override string ToDebugString() => Message;
}
