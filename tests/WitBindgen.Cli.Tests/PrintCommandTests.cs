namespace WitBindgen.Cli.Tests;

public sealed class PrintCommandTests
{
    private static string CalculatorExample => Path.Combine(TestPaths.RepoRoot, "examples", "wit", "calculator");

    [Fact]
    public void Printed_example_checks_clean_and_prints_the_same_again()
    {
        var first = CliRun.Of("print", CalculatorExample);
        first.Stderr.ShouldBeEmpty();
        first.ExitCode.ShouldBe(0);
        first.Stdout.ShouldContain("package example:calculator@0.1.0");
        first.Stdout.ShouldContain("package example:numbers@0.1.0");
        first.Stdout.ShouldContain("resource session");

        using var dir = new TempWitDirectory();
        var printed = dir.Write("printed.wit", first.Stdout);

        var check = CliRun.Of("check", printed);
        check.ExitCode.ShouldBe(0, check.Stderr);
        check.Stdout.Trim().ShouldBe($"ok: {printed} (2 packages, 3 interfaces, 1 world)");

        var second = CliRun.Of("print", printed);
        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Stdout.ShouldBe(first.Stdout);
    }

    [Fact]
    public void Print_of_an_invalid_package_writes_nothing_to_stdout_and_fails()
    {
        using var dir = new TempWitDirectory();
        var file = dir.Write("bad.wit", "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n");

        var run = CliRun.Of("print", file);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith(file + "(3,16): error ");
    }
}
