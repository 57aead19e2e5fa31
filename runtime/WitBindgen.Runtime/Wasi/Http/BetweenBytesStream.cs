namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// A response body that fails a read with <see cref="TimeoutException"/> (inside an <see cref="IOException"/>) when
/// no byte arrives within the request's between-bytes timeout.
/// </summary>
internal sealed class BetweenBytesStream : AsyncReadOnlyStream
{
    private readonly Stream _inner;
    private readonly TimeSpan _timeout;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public BetweenBytesStream(Stream inner, TimeSpan timeout)
    {
        _inner = inner;
        _timeout = timeout;
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            return await _inner.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException("No byte of the response body arrived within the between-bytes timeout.", new TimeoutException());
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
