using System.Text;

namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// How one run of a wasi-testsuite program ended: its exit code (0 when <c>run</c> returned ok, 1 when it returned
/// err, the status it passed to WASI <c>exit</c>), or the trap that ended it; what it wrote to stdout and stderr; and
/// its preopened directory afterwards. <see cref="Trap"/> names the exception type, the same on both backends;
/// <see cref="TrapMessage"/> is the backend's own text.
/// </summary>
internal sealed record WasiSuiteOutcome(int? ExitCode, string? Trap, string? TrapMessage, byte[] Stdout, byte[] Stderr, PreopenTree Tree)
{
    /// <summary>The standard output as UTF-8 text.</summary>
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>The standard error as UTF-8 text.</summary>
    public string StderrText => Encoding.UTF8.GetString(Stderr);

    /// <summary>A short description for assertion messages.</summary>
    public string Summary =>
        (ExitCode is { } code ? $"exit code {code}" : $"trap {Trap} '{TrapMessage}'") + $"; stdout '{StdoutText}'; stderr '{StderrText}'";
}
