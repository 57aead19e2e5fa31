using TerminalOutput = global::WitBindgen.Runtime.Wasi.Bindings.TerminalOutput.TerminalOutput;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-stdout</c>: a terminal only when the calling store inherits the host's
/// standard output and that is a terminal, as Wasmtime decides; none for bytes, captures and by default.
/// </summary>
internal sealed class TerminalStdoutHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalStdout.ITerminalStdout
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalStdoutHost Instance = new();

    /// <inheritdoc />
    public TerminalOutput? GetTerminalStdout() =>
        WasiContext.Current.Configuration.InheritsStandardOutput && !Console.IsOutputRedirected ? new WasiTerminalOutput() : null;
}
