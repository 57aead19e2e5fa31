namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-input</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class TerminalInputHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalInput.ITerminalInput
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalInputHost Instance = new();
}
