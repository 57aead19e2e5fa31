using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// The input stream of an <c>incoming-body</c>: reads the body ahead in parts of <see cref="WasiInputStream.MaxRead"/>
/// bytes on a background read, so <c>read</c> never blocks and the body is never held whole. A failed read (the
/// connection dropped, the between-bytes timeout) fails the guest's read with <c>last-operation-failed</c>, whose
/// error <c>http-error-code</c> maps; it never traps.
/// </summary>
internal sealed class WasiHttpBodyInputStream : WasiInputStream
{
    private readonly Stream _content;
    private readonly byte[] _buffer = new byte[MaxRead];
    private Task<int>? _pending;
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>Creates the stream over <paramref name="content"/>, which it does not dispose.</summary>
    public WasiHttpBodyInputStream(Stream content) => _content = content;

    /// <summary>Whether the guest dropped the stream.</summary>
    public bool IsDropped { get; private set; }

    /// <inheritdoc />
    protected override bool IsReadable => _end > _start || _ended || StartRead().IsCompleted;

    /// <summary>Reads what is left of the body after the guest dropped the stream (for its trailers), after any pending read.</summary>
    public async Task DrainAsync()
    {
        if (_pending is { } pending)
        {
            await pending.ConfigureAwait(false);
        }

        await _content.CopyToAsync(Stream.Null).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override int ReadAvailable(Span<byte> buffer)
    {
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
    /// <remarks>Completes, without failing, once the pending read ended in any way; the read itself reports a failure.</remarks>
    protected override Task WhenReadable() => IsReadable ? Task.CompletedTask : Task.WhenAny(StartRead());

    /// <inheritdoc />
    protected override void Release() => IsDropped = true;

    private Task<int> StartRead() => _pending ??= _content.ReadAsync(_buffer, 0, _buffer.Length);
}
