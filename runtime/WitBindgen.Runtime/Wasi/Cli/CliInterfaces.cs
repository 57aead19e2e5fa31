namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>The <c>wasi:cli</c> interfaces this folder implements completely, as <see cref="WasiInterfaces"/> reads them.</summary>
internal static class CliInterfaces
{
    /// <summary>
    /// Interface names without a version (<c>wasi:cli/…</c>); an interface is listed only once every function of it
    /// works, since the direct backend then runs the components that import it.
    /// </summary>
    public static readonly string[] Implemented =
    [
        "wasi:cli/environment",
        "wasi:cli/exit",
        "wasi:cli/stdin",
        "wasi:cli/stdout",
        "wasi:cli/stderr",
        "wasi:cli/terminal-input",
        "wasi:cli/terminal-output",
        "wasi:cli/terminal-stdin",
        "wasi:cli/terminal-stdout",
        "wasi:cli/terminal-stderr",
    ];
}
