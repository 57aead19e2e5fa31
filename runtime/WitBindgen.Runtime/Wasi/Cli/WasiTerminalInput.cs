namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>The terminal behind the guest's standard input, when it inherits the host's and that is a terminal.</summary>
internal sealed class WasiTerminalInput : global::WitBindgen.Runtime.Wasi.Bindings.TerminalInput.TerminalInput
{
}
