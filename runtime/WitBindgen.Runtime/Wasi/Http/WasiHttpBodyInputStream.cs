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
    private readonly ReadAheadBuffer _readAhead;

    /// <summary>Creates the stream over <paramref name="content"/>, which it does not dispose.</summary>
    public WasiHttpBodyInputStream(Stream content)
    {
        _content = content;
        _readAhead = new ReadAheadBuffer(content);
    }

    /// <summary>Whether the guest dropped the stream.</summary>
    public bool IsDropped { get; private set; }

    /// <inheritdoc />
    protected override bool IsReadable => _readAhead.IsReadable;

    /// <summary>Reads what is left of the body after the guest dropped the stream (for its trailers), after any pending read.</summary>
    public async Task DrainAsync()
    {
        if (_readAhead.Pending is { } pending)
        {
            await pending.ConfigureAwait(false);
        }

        await _content.CopyToAsync(Stream.Null).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override int ReadAvailable(Span<byte> buffer) => _readAhead.Read(buffer);

    /// <inheritdoc />
    /// <remarks>Completes, without failing, once the pending read ended in any way; the read itself reports a failure.</remarks>
    protected override Task WhenReadable() => IsReadable ? Task.CompletedTask : Task.WhenAny(_readAhead.Start());

    /// <inheritdoc />
    protected override void Release() => IsDropped = true;
}
