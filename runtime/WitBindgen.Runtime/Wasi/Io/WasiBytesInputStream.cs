namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>An input stream over bytes held in memory (fixed standard input): always readable, closed at their end.</summary>
internal sealed class WasiBytesInputStream : WasiInputStream
{
    private ReadOnlyMemory<byte> _rest;

    /// <summary>Creates a stream that reads <paramref name="bytes"/> (not copied: do not change them).</summary>
    public WasiBytesInputStream(ReadOnlyMemory<byte> bytes) => _rest = bytes;

    /// <inheritdoc />
    protected override bool IsReadable => true;

    /// <inheritdoc />
    protected override int ReadAvailable(Span<byte> buffer)
    {
        if (_rest.IsEmpty)
        {
            return -1;
        }

        var count = Math.Min(buffer.Length, _rest.Length);
        _rest.Span[..count].CopyTo(buffer);
        _rest = _rest[count..];
        return count;
    }

    /// <inheritdoc />
    protected override Task WhenReadable() => Task.CompletedTask;
}
