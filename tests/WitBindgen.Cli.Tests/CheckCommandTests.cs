using System.Text.RegularExpressions;

namespace WitBindgen.Cli.Tests;

public sealed class CheckCommandTests
{
    private static string CalculatorExample => Path.Combine(TestPaths.RepoRoot, "examples", "wit", "calculator");

    [Fact]
    public void Check_of_the_example_package_succeeds_and_counts_what_it_resolved()
    {
        var run = CliRun.Of("check", CalculatorExample);

        run.Stderr.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
        run.Stdout.Trim().ShouldBe($"ok: {CalculatorExample} (2 packages, 3 interfaces, 1 world)");
    }

    [Fact]
    public void Check_prints_one_summary_line_per_path_and_fails_when_any_path_fails()
    {
        using var dir = new TempWitDirectory();
        var bad = dir.Write("bad.wit", "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n");

        var run = CliRun.Of("check", CalculatorExample, bad);

        run.ExitCode.ShouldBe(1);
        var lines = run.Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith($"ok: {CalculatorExample} ");
        lines[1].ShouldBe($"failed: {bad} (1 error)");
    }

    [Fact]
    public void An_unknown_type_is_reported_in_msbuild_form_at_its_line_and_column()
    {
        using var dir = new TempWitDirectory();
        var file = dir.Write("unknown-type.wit", "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n");

        var run = CliRun.Of("check", file);

        run.ExitCode.ShouldBe(1);
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldMatch($"^{Regex.Escape(file)}\\(3,16\\): error WIT0\\d\\d\\d: .*nope");
    }

    [Fact]
    public void A_syntax_error_is_reported_in_msbuild_form_at_its_line()
    {
        using var dir = new TempWitDirectory();
        var file = dir.Write("syntax.wit", "package a:b;\n\ninterface i {\n  f: func(;\n}\n");

        var run = CliRun.Of("check", file);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldNotBeEmpty();
        run.StderrLines[0].ShouldMatch($"^{Regex.Escape(file)}\\(4,\\d+\\): error WIT00\\d\\d: ");
    }

    [Fact]
    public void Diagnostic_paths_stay_relative_when_given_relative()
    {
        using var dir = new TempWitDirectory();
        dir.Write("pkg/types.wit", "package a:b;\ninterface i {\n  type t = missing;\n}\n");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(dir.Path, "pkg"));

        var run = CliRun.Of("check", relative);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith(Path.Combine(relative, "types.wit") + "(3,");
        run.Stdout.Trim().ShouldBe($"failed: {relative} (1 error)");
    }

    [Fact]
    public void A_missing_file_fails_with_one_clear_line()
    {
        using var dir = new TempWitDirectory();
        var missing = Path.Combine(dir.Path, "does-not-exist.wit");

        var run = CliRun.Of("check", missing);

        run.ExitCode.ShouldBe(1);
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldContain(missing);
        line.ShouldMatch("error WIT09\\d\\d: ");
    }

    [Fact]
    public void Features_enable_gated_items_whether_comma_separated_or_repeated()
    {
        using var dir = new TempWitDirectory();
        var file = dir.Write("gated.wit", "package a:b;\n\ninterface base {}\n\n@unstable(feature = fancy)\ninterface extra {}\n");

        CliRun.Of("check", file).Stdout.ShouldContain("1 interface,");
        CliRun.Of("check", file, "--features", "fancy").Stdout.ShouldContain("2 interfaces,");
        CliRun.Of("check", file, "--features", "other,fancy").Stdout.ShouldContain("2 interfaces,");
        CliRun.Of("check", "--features", "other", file, "--features", "fancy").Stdout.ShouldContain("2 interfaces,");
    }
}
