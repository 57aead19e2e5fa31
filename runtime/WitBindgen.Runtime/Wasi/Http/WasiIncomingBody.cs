using System.Net.Http.Headers;
using WitBindgen.Runtime.Wasi.Bindings.Types2;
using InputStream = WitBindgen.Runtime.Wasi.Bindings.Streams.InputStream;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// A <c>wasi:http/types#incoming-body</c>: a body the host receives, read by the guest through one input stream as
/// it arrives (read ahead in 64 KiB parts, never whole), then its trailers through <c>finish</c>.
/// </summary>
internal sealed class WasiIncomingBody : IncomingBody
{
    private readonly Stream _content;
    private readonly Func<HttpHeaders?> _trailers;
    private readonly IDisposable? _owner;
    private WasiHttpBodyInputStream? _stream;
    private bool _streamTaken;

    /// <summary>Creates the body.</summary>
    /// <param name="content">The body's bytes.</param>
    /// <param name="trailers">The trailers, asked once the body was read (null when there are none).</param>
    /// <param name="owner">Disposed with the body (the .NET message), if any.</param>
    public WasiIncomingBody(Stream content, Func<HttpHeaders?> trailers, IDisposable? owner)
    {
        _content = content;
        _trailers = trailers;
        _owner = owner;
    }

    /// <inheritdoc />
    public override Result<InputStream, Unit> Stream()
    {
        if (_streamTaken)
        {
            return Result.Err();
        }

        _streamTaken = true;
        _stream = new WasiHttpBodyInputStream(_content);
        return Result.Ok<InputStream>(_stream);
    }

    /// <summary>Ends the body (<c>incoming-body.finish</c>): its trailers, once the rest of the body has been read.</summary>
    public FutureTrailers Finish()
    {
        if (_stream is { IsDropped: false })
        {
            throw new InvalidOperationException("resource has children: an incoming-body was finished while its input-stream still exists; drop it first.");
        }

        var trailers = Task.Run(async () =>
        {
            try
            {
                await (_stream?.DrainAsync() ?? _content.CopyToAsync(System.IO.Stream.Null)).ConfigureAwait(false);
                var headers = _trailers();
                return Result<Fields?, ErrorCode>.Ok(
                    headers is null || !headers.Any() ? null : new WasiFields(HttpMessages.Entries(headers, null), immutable: true));
            }
            catch (Exception exception)
            {
                return Result<Fields?, ErrorCode>.Err(HttpErrors.FromException(exception, HttpErrors.IsBetweenBytesTimeout(exception) ? HttpErrors.Timeout.BetweenBytes : HttpErrors.Timeout.None));
            }
            finally
            {
                Release();
            }
        });
        return new WasiFutureTrailers(trailers);
    }

    /// <inheritdoc />
    public override void Dispose() => Release();

    private void Release()
    {
        _content.Dispose();
        _owner?.Dispose();
    }
}
