using TerminalInput = global::WitBindgen.Runtime.Wasi.Bindings.TerminalInput.TerminalInput;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-stdin</c>: a terminal only when the calling store inherits the host's
/// standard input and that is a terminal, as Wasmtime decides; none for bytes, captures and by default.
/// </summary>
internal sealed class TerminalStdinHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalStdin.ITerminalStdin
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalStdinHost Instance = new();

    /// <inheritdoc />
    public TerminalInput? GetTerminalStdin() =>
        WasiContext.Current.Configuration.InheritsStandardInput && !Console.IsInputRedirected ? new WasiTerminalInput() : null;
}
