using InputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.InputStream;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/stdin</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class StdinHost : global::WitBindgen.Runtime.Wasi.Bindings.Stdin.IStdin
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly StdinHost Instance = new();

    /// <inheritdoc />
    public InputStream GetStdin() => throw WasiTrap.NotImplemented("wasi:cli/stdin#get-stdin");
}
