using System.Net;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// The content of a .NET message whose body a guest writes: copies the body's <see cref="HttpBodyPipe"/> to the
/// connection part by part, flushing each, so the receiver gets every part as the guest writes it.
/// </summary>
internal sealed class HttpBodyContent : HttpContent
{
    private readonly HttpBodyPipe _pipe;

    /// <summary>Creates the content of <paramref name="pipe"/>.</summary>
    public HttpBodyContent(HttpBodyPipe pipe) => _pipe = pipe;

    /// <summary>The body's bytes.</summary>
    public HttpBodyPipe Pipe => _pipe;

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new byte[WasiBodyOutputStream.BodyBudget];
        int count;
        while ((count = await _pipe.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await stream.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => _pipe;

    /// <inheritdoc />
    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(_pipe);

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pipe.Dispose();
        }

        base.Dispose(disposing);
    }
}
