using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>A <c>get-stdin</c> stream over a store's fixed standard input, sharing the read position with every other.</summary>
internal sealed class StdinBytesInputStream : WasiInputStream
{
    private readonly SharedStdinBytes _input;

    /// <summary>Creates a stream that reads on from where <paramref name="input"/> stands.</summary>
    public StdinBytesInputStream(SharedStdinBytes input) => _input = input;

    /// <inheritdoc />
    protected override bool IsReadable => true;

    /// <inheritdoc />
    protected override int ReadAvailable(Span<byte> buffer)
    {
        var rest = _input.Rest;
        if (rest.IsEmpty)
        {
            return -1;
        }

        var count = Math.Min(buffer.Length, rest.Length);
        rest.Span[..count].CopyTo(buffer);
        _input.Rest = rest[count..];
        return count;
    }

    /// <inheritdoc />
    protected override Task WhenReadable() => Task.CompletedTask;
}
