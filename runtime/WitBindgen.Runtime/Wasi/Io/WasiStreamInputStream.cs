namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// An input stream over a .NET <see cref="Stream"/>. A stream that can seek (a file) is read directly, as it never
/// waits for data; any other (a pipe, the host's standard input, a network stream) is read ahead on a background
/// read, so that <c>read</c> never blocks the guest and <c>blocking-read</c> and pollables wait for that read.
/// </summary>
internal sealed class WasiStreamInputStream : WasiInputStream
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly ReadAheadBuffer? _readAhead;

    /// <summary>Creates the stream.</summary>
    /// <param name="stream">The host stream, readable.</param>
    /// <param name="leaveOpen">Whether dropping the WASI stream leaves <paramref name="stream"/> open.</param>
    /// <param name="readAhead">Whether to read ahead in the background; null: unless the stream can seek.</param>
    public WasiStreamInputStream(Stream stream, bool leaveOpen, bool? readAhead = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _readAhead = readAhead ?? !stream.CanSeek ? new ReadAheadBuffer(stream) : null;
    }

    /// <inheritdoc />
    protected override bool IsReadable => _readAhead?.IsReadable ?? true;

    /// <inheritdoc />
    protected override int ReadAvailable(Span<byte> buffer)
    {
        if (_readAhead is null)
        {
            return buffer.IsEmpty ? 0 : _stream.Read(buffer) is > 0 and var read ? read : -1;
        }

        return _readAhead.Read(buffer);
    }

    /// <inheritdoc />
    protected override Task WhenReadable() => IsReadable || _readAhead is null ? Task.CompletedTask : _readAhead.Start();

    /// <inheritdoc />
    protected override void Release()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
