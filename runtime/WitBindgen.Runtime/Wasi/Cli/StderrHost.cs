using OutputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.OutputStream;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/stderr</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class StderrHost : global::WitBindgen.Runtime.Wasi.Bindings.Stderr.IStderr
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly StderrHost Instance = new();

    /// <inheritdoc />
    public OutputStream GetStderr() => throw WasiTrap.NotImplemented("wasi:cli/stderr#get-stderr");
}
