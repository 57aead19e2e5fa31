using WitBindgen.Cli;

namespace WitBindgen.Cli.Tests;

/// <summary>The outcome of running <c>witbindgen</c> in-process.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard error split into lines, without the trailing empty one.</summary>
    public string[] StderrLines => Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the command line with <paramref name="args"/> and captures both output streams.</summary>
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApplication.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
