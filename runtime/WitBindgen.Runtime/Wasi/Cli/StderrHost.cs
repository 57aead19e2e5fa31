using OutputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.OutputStream;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/stderr</c>: a new stream over the calling store's standard error: its capture,
/// the host's when inherited, else discarded.
/// </summary>
internal sealed class StderrHost : global::WitBindgen.Runtime.Wasi.Bindings.Stderr.IStderr
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly StderrHost Instance = new();

    /// <inheritdoc />
    public OutputStream GetStderr() => StandardStreams.Error();
}
