using InputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.InputStream;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/stdin</c>: a new stream over the calling store's standard input: the host's
/// when inherited, the fixed bytes given (read on from stream to stream), else nothing.
/// </summary>
internal sealed class StdinHost : global::WitBindgen.Runtime.Wasi.Bindings.Stdin.IStdin
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly StdinHost Instance = new();

    /// <inheritdoc />
    public InputStream GetStdin() => StandardStreams.Input();
}
