namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>An output stream into a .NET <see cref="Stream"/> (a file, the host's standard output), written at once.</summary>
internal sealed class WasiStreamOutputStream : WasiOutputStream
{
    /// <summary>Wasmtime's permit for the inherited standard output.</summary>
    public const int InheritedBudget = 1024 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;

    /// <summary>Creates the stream.</summary>
    /// <param name="stream">The host stream, writable.</param>
    /// <param name="leaveOpen">Whether dropping the WASI stream leaves <paramref name="stream"/> open.</param>
    /// <param name="budget">What <c>check-write</c> permits.</param>
    public WasiStreamOutputStream(Stream stream, bool leaveOpen, int budget = InheritedBudget)
        : base(budget)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <inheritdoc />
    protected override void WriteCore(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

    /// <inheritdoc />
    protected override void FlushCore() => _stream.Flush();

    /// <inheritdoc />
    protected override void Release()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
