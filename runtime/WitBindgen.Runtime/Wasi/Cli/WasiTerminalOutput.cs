namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>The terminal behind the guest's standard output or error, when it inherits the host's and that is a terminal.</summary>
internal sealed class WasiTerminalOutput : global::WitBindgen.Runtime.Wasi.Bindings.TerminalOutput.TerminalOutput
{
}
