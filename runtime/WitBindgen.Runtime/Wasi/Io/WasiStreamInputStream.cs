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
    private readonly bool _direct;
    private readonly byte[] _buffer;
    private Task<int>? _pending;
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>Creates the stream.</summary>
    /// <param name="stream">The host stream, readable.</param>
    /// <param name="leaveOpen">Whether dropping the WASI stream leaves <paramref name="stream"/> open.</param>
    /// <param name="readAhead">Whether to read ahead in the background; null: unless the stream can seek.</param>
    public WasiStreamInputStream(Stream stream, bool leaveOpen, bool? readAhead = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _direct = !(readAhead ?? !stream.CanSeek);
        _buffer = _direct ? [] : new byte[MaxRead];
    }

    /// <inheritdoc />
    protected override bool IsReadable => _direct || _end > _start || _ended || StartRead().IsCompleted;

    /// <inheritdoc />
    protected override int ReadAvailable(Span<byte> buffer)
    {
        if (_direct)
        {
            return buffer.IsEmpty ? 0 : _stream.Read(buffer) is > 0 and var read ? read : -1;
        }

        if (_end == _start && !_ended)
        {
            var pending = StartRead();
            if (!pending.IsCompleted)
            {
                return 0;
            }

            _pending = null;
            _start = 0;
            _end = pending.GetAwaiter().GetResult();
            _ended = _end == 0;
        }

        if (_end == _start)
        {
            return -1;
        }

        var count = Math.Min(buffer.Length, _end - _start);
        _buffer.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    /// <inheritdoc />
    protected override Task WhenReadable() => IsReadable ? Task.CompletedTask : StartRead();

    /// <inheritdoc />
    protected override void Release()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private Task<int> StartRead() => _pending ??= _stream.ReadAsync(_buffer, 0, _buffer.Length);
}
