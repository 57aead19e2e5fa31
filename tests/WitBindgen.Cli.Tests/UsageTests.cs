namespace WitBindgen.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("check", "--bogus", "x.wit")]
    [InlineData("check", "x.wit", "--featurs", "a")]
    [InlineData("print", "--bogus", "x.wit")]
    public void An_unknown_option_is_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain("--");
        run.StderrLines.ShouldHaveSingleItem().ShouldEndWith($"Run 'witbindgen {args[0]} --help' for usage.");
    }

    [Theory]
    [InlineData]
    [InlineData("chek", "x.wit")]
    [InlineData("check")]
    [InlineData("print")]
    [InlineData("print", "a.wit", "b.wit")]
    [InlineData("check", "x.wit", "--features")]
    public void A_missing_or_unknown_command_or_argument_is_a_usage_error(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("witbindgen: ");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("print", "-h")]
    public void Every_command_has_help(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("Usage:");
        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void Version_prints_a_semantic_version()
    {
        var run = CliRun.Of("--version");

        run.ExitCode.ShouldBe(0);
        run.Stdout.Trim().ShouldMatch(@"^\d+\.\d+\.\d+");
    }
}
