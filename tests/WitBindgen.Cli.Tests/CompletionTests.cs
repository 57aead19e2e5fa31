namespace WitBindgen.Cli.Tests;

/// <summary>
/// Tab completion: shells ask through System.CommandLine's <c>[suggest]</c> directive (what <c>dotnet-suggest</c>
/// calls), and get commands, options and option values.
/// </summary>
public sealed class CompletionTests
{
    [Fact]
    public void Commands_are_suggested_from_a_prefix()
    {
        var run = CliRun.Of("[suggest]", "ge");

        run.ExitCode.ShouldBe(0);
        Lines(run).ShouldBe(new[] { "generate" });
    }

    [Fact]
    public void Every_command_is_suggested_at_the_start()
    {
        var run = CliRun.Of("[suggest]");

        run.ExitCode.ShouldBe(0);
        foreach (var command in new[] { "check", "print", "inspect", "generate", "--help", "--version" })
        {
            Lines(run).ShouldContain(command);
        }
    }

    [Fact]
    public void Options_of_a_command_are_suggested()
    {
        // Shells pass the whole command line as one argument and the cursor position, as dotnet-suggest does.
        var run = CliRun.Of("[suggest:16]", "generate x.wit --");

        run.ExitCode.ShouldBe(0);
        Lines(run).ShouldContain("--mode");
        Lines(run).ShouldContain("--world");
        Lines(run).ShouldContain("--force");
    }

    [Fact]
    public void Option_values_are_suggested()
    {
        var run = CliRun.Of("[suggest:23]", "generate x.wit --mode g");

        run.ExitCode.ShouldBe(0);
        Lines(run).ShouldBe(new[] { "guest" });
    }

    private static string[] Lines(CliRun run) => run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
