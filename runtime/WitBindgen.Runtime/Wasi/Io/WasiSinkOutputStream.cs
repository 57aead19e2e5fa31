namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>An output stream into a capture of the configuration (a buffer, a <see cref="TextWriter"/>, a logger, a stream).</summary>
internal sealed class WasiSinkOutputStream : WasiOutputStream
{
    /// <summary>Wasmtime's permit for a captured standard stream.</summary>
    public const int CapturedBudget = 8192;

    private readonly IWasiOutputSink _sink;

    /// <summary>Creates a stream writing into <paramref name="sink"/>, which it never completes (the store does).</summary>
    public WasiSinkOutputStream(IWasiOutputSink sink, int budget = CapturedBudget)
        : base(budget)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = sink;
    }

    /// <inheritdoc />
    protected override void WriteCore(ReadOnlySpan<byte> bytes) => _sink.Write(bytes);
}
