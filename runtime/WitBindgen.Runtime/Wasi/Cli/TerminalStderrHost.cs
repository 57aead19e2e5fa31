using TerminalOutput = global::WitBindgen.Runtime.Wasi.Bindings.TerminalOutput.TerminalOutput;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-stderr</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class TerminalStderrHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalStderr.ITerminalStderr
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalStderrHost Instance = new();

    /// <inheritdoc />
    public TerminalOutput? GetTerminalStderr() => throw WasiTrap.NotImplemented("wasi:cli/terminal-stderr#get-terminal-stderr");
}
