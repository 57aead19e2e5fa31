using WitBindgen.Runtime.Wasi.Bindings.Types2;
using OutputStream = WitBindgen.Runtime.Wasi.Bindings.Streams.OutputStream;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// A <c>wasi:http/types#outgoing-body</c>: the body of a request the guest sends or of a response it returns, written
/// through one output stream into an <see cref="HttpBodyPipe"/> the .NET side reads as it is written. <c>finish</c>
/// ends it; dropping it unfinished makes the reader fail, so a truncated body is never taken for a whole one.
/// </summary>
internal sealed class WasiOutgoingBody : OutgoingBody
{
    private readonly long? _contentLength;
    private bool _streamTaken;
    private bool _streamLive;
    private bool _finished;

    /// <summary>Creates a body; <paramref name="contentLength"/> is the length its headers declare, if any.</summary>
    public WasiOutgoingBody(long? contentLength) => _contentLength = contentLength;

    /// <summary>Where the guest's bytes go.</summary>
    public HttpBodyPipe Pipe { get; } = new();

    /// <inheritdoc />
    public override Result<OutputStream, Unit> Write()
    {
        if (_streamTaken)
        {
            return Result.Err();
        }

        _streamTaken = true;
        _streamLive = true;
        return Result.Ok<OutputStream>(new WasiBodyOutputStream(this));
    }

    /// <summary>The guest dropped the body's output stream.</summary>
    public void StreamDropped() => _streamLive = false;

    /// <summary>
    /// Ends the body (<c>outgoing-body.finish</c>); the body's length must match a declared <c>content-length</c>.
    /// Trailers are not sent: .NET's HTTP/1.1 client has no request trailers.
    /// </summary>
    public Result<Unit, ErrorCode> Finish()
    {
        if (_streamLive)
        {
            throw new InvalidOperationException("resource has children: an outgoing-body was finished while its output-stream still exists; drop it first.");
        }

        _finished = true;
        if (_contentLength is { } declared && declared != Pipe.Written)
        {
            Pipe.Complete(new IOException("The body's length is not its declared content-length."));
            return Result.Err<ErrorCode>(new ErrorCode.HttpRequestBodySize((ulong)Pipe.Written));
        }

        Pipe.Complete();
        return Result.Ok();
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            Pipe.Complete(new IOException("The body was dropped before it was finished."));
        }
    }
}
