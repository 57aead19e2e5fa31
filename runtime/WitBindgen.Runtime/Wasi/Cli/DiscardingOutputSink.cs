namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>Where standard output and error go when the configuration neither captures nor inherits them: nowhere.</summary>
internal sealed class DiscardingOutputSink : IWasiOutputSink
{
    /// <summary>The one instance.</summary>
    public static readonly DiscardingOutputSink Instance = new();

    private DiscardingOutputSink()
    {
    }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> bytes)
    {
    }

    /// <inheritdoc />
    public void Complete()
    {
    }
}
