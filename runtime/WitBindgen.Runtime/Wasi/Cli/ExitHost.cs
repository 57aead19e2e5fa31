using WitBindgen;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/exit</c>: ends the calling guest (never the process) with status 0 for ok, 1 for
/// err, or the code given, as Wasmtime reports it (<see cref="WasiExit"/>).
/// </summary>
internal sealed class ExitHost : global::WitBindgen.Runtime.Wasi.Bindings.Exit.IExit
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly ExitHost Instance = new();

    /// <inheritdoc />
    public void Exit(Result<Unit, Unit> status) => throw WasiExit.With(status.IsOk ? 0 : 1);

    /// <inheritdoc />
    public void ExitWithCode(byte statusCode) => throw WasiExit.With(statusCode);
}
