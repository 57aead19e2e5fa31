using WitBindgen;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/exit</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class ExitHost : global::WitBindgen.Runtime.Wasi.Bindings.Exit.IExit
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly ExitHost Instance = new();

    /// <inheritdoc />
    public void Exit(Result<Unit, Unit> status) => throw WasiTrap.NotImplemented("wasi:cli/exit#exit");

    /// <inheritdoc />
    public void ExitWithCode(byte statusCode) => throw WasiTrap.NotImplemented("wasi:cli/exit#exit-with-code");
}
