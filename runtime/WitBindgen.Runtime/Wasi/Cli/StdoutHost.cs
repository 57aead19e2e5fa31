using OutputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.OutputStream;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/stdout</c>: a new stream over the calling store's standard output: its capture,
/// the host's when inherited, else discarded.
/// </summary>
internal sealed class StdoutHost : global::WitBindgen.Runtime.Wasi.Bindings.Stdout.IStdout
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly StdoutHost Instance = new();

    /// <inheritdoc />
    public OutputStream GetStdout() => StandardStreams.Output();
}
