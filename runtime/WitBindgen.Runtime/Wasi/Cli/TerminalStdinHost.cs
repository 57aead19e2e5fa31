using TerminalInput = global::WitBindgen.Runtime.Wasi.Bindings.TerminalInput.TerminalInput;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-stdin</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class TerminalStdinHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalStdin.ITerminalStdin
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalStdinHost Instance = new();

    /// <inheritdoc />
    public TerminalInput? GetTerminalStdin() => throw WasiTrap.NotImplemented("wasi:cli/terminal-stdin#get-terminal-stdin");
}
