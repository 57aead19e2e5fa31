namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// Reads a .NET <see cref="Stream"/> ahead in parts of <see cref="WasiInputStream.MaxRead"/> bytes on a background read
/// and hands out what has arrived without waiting, for the input streams that must never block the guest.
/// </summary>
internal sealed class ReadAheadBuffer
{
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[WasiInputStream.MaxRead];
    private Task<int>? _pending;
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>Creates the buffer over <paramref name="stream"/>, which it does not dispose.</summary>
    public ReadAheadBuffer(Stream stream) => _stream = stream;

    /// <summary>Whether a read would answer at once: bytes have arrived, the stream ended or the read under way is done.</summary>
    public bool IsReadable => _end > _start || _ended || Start().IsCompleted;

    /// <summary>The background read under way, or null.</summary>
    public Task<int>? Pending => _pending;

    /// <summary>
    /// Copies what has arrived into <paramref name="buffer"/>: the count, 0 while the background read is under way or
    /// -1 at the end. A failed background read throws its exception here.
    /// </summary>
    public int Read(Span<byte> buffer)
    {
        if (_end == _start && !_ended)
        {
            var pending = Start();
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

    /// <summary>The background read under way, started when none is.</summary>
    public Task<int> Start() => _pending ??= _stream.ReadAsync(_buffer, 0, _buffer.Length);
}
