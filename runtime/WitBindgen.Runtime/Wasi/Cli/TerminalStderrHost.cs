using TerminalOutput = global::WitBindgen.Runtime.Wasi.Bindings.TerminalOutput.TerminalOutput;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-stderr</c>: a terminal only when the calling store inherits the host's
/// standard error and that is a terminal, as Wasmtime decides; none for bytes, captures and by default.
/// </summary>
internal sealed class TerminalStderrHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalStderr.ITerminalStderr
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalStderrHost Instance = new();

    /// <inheritdoc />
    public TerminalOutput? GetTerminalStderr() =>
        WasiContext.Current.Configuration.InheritsStandardError && !Console.IsErrorRedirected ? new WasiTerminalOutput() : null;
}
