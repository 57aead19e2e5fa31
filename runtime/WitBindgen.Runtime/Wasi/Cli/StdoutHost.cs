using OutputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.OutputStream;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/stdout</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class StdoutHost : global::WitBindgen.Runtime.Wasi.Bindings.Stdout.IStdout
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly StdoutHost Instance = new();

    /// <inheritdoc />
    public OutputStream GetStdout() => throw WasiTrap.NotImplemented("wasi:cli/stdout#get-stdout");
}
