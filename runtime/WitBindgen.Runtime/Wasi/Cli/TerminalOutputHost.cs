namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/terminal-output</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class TerminalOutputHost : global::WitBindgen.Runtime.Wasi.Bindings.TerminalOutput.ITerminalOutput
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TerminalOutputHost Instance = new();
}
