using TerminalOutput = global::WitBindgen.Runtime.Wasi.Bindings.TerminalOutput.TerminalOutput;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-stdout</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class TerminalStdoutHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalStdout.ITerminalStdout
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalStdoutHost Instance = new();

    /// <inheritdoc />
    public TerminalOutput? GetTerminalStdout() => throw WasiTrap.NotImplemented("wasi:cli/terminal-stdout#get-terminal-stdout");
}
