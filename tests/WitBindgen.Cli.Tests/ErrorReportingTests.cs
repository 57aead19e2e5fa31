using WitBindgen.Cli;

namespace WitBindgen.Cli.Tests;

/// <summary>
/// Every way a run can go wrong ends with one clear line on standard error and the documented exit code:
/// 2 for the command line itself, 1 for inputs.
/// </summary>
public sealed class ErrorReportingTests
{
    [Theory]
    [InlineData]
    [InlineData("bogus")]
    [InlineData("--bogus")]
    [InlineData("check")]
    [InlineData("check", "a.wit", "--features")]
    [InlineData("print", "a.wit", "b.wit")]
    [InlineData("inspect")]
    [InlineData("inspect", "a.wasm", "--features", "x")]
    [InlineData("generate", "a.wit", "--mode", "server")]
    [InlineData("generate", "a.wit", "--mode", "server", "--visibility", "private")]
    public void A_usage_error_is_one_line_and_exit_code_2(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith("witbindgen: ");
        line.ShouldEndWith("--help' for usage.");
    }

    [Fact]
    public void A_rejected_option_value_names_the_allowed_values_on_the_same_line()
    {
        var run = CliRun.Of("generate", "a.wit", "--mode", "server");

        run.StderrLines.ShouldHaveSingleItem().ShouldBe("witbindgen: Argument 'server' not recognized. Must be one of: 'host' 'guest'. Run 'witbindgen generate --help' for usage.");
    }

    [Theory]
    [InlineData("check", "absent.wit")]
    [InlineData("print", "absent")]
    [InlineData("generate", "absent.wit")]
    [InlineData("generate", "absent.wasm")]
    [InlineData("inspect", "absent.wasm")]
    public void A_missing_input_is_one_line_naming_it_and_exit_code_1(string command, string name)
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, name);

        var run = CliRun.Of(command, path, "--out", Path.Combine(dir.Path, "out"));
        if (command != "generate")
        {
            run = CliRun.Of(command, path);
        }

        run.ExitCode.ShouldBe(1);
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldContain("error WIT0901: cannot read '" + path + "'");
        line.ShouldContain("does not exist");
        Directory.Exists(Path.Combine(dir.Path, "out")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("generate")]
    public void An_unreadable_wasm_input_is_one_line_and_exit_code_1(string command)
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, "folder.wasm");
        Directory.CreateDirectory(path);

        var run = CliRun.Of(command, path);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldContain("error WIT0901: cannot read '" + path + "'");
    }

    [Theory]
    [InlineData("inspect", new byte[] { 0x68, 0x65, 0x6c, 0x6c, 0x6f }, "error WIT0400")]
    [InlineData("inspect", new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 }, "error WIT0401")]
    [InlineData("inspect", new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, 0x09 }, "error WIT0403")]
    [InlineData("inspect", new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0a, 0x00, 0x01, 0x00 }, "error WIT0402")]
    [InlineData("generate", new byte[] { 0x68, 0x65, 0x6c, 0x6c, 0x6f }, "error WIT0400")]
    [InlineData("generate", new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 }, "error WIT0401")]
    [InlineData("generate", new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, 0x09 }, "error WIT0403")]
    public void A_wasm_input_that_is_not_a_component_is_one_line_and_exit_code_1(string command, byte[] bytes, string expected)
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, "input.wasm");
        File.WriteAllBytes(path, bytes);
        var output = Path.Combine(dir.Path, "out");

        var run = command == "generate" ? CliRun.Of(command, path, "--out", output) : CliRun.Of(command, path);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith(path + ": ");
        line.ShouldContain(expected);
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Output_that_is_not_a_terminal_has_no_colours()
    {
        using var dir = new TempWitDirectory();
        var bad = dir.Write("bad.wit", "package a:b;\ninterface i {\n  f: func() -> nope;\n}\n");

        var runs = new[] { CliRun.Of("check", bad), CliRun.Of("bogus"), CliRun.Of("inspect", Path.Combine(dir.Path, "x.wasm")) };

        runs.ShouldAllBe(r => !r.Stdout.Contains('\u001b') && !r.Stderr.Contains('\u001b'));
        runs.ShouldAllBe(r => r.ExitCode != 0);
    }

    [Theory]
    [InlineData(false, null, null, true)]
    [InlineData(true, null, null, false)]
    [InlineData(false, "1", null, false)]
    [InlineData(false, null, "dumb", false)]
    [InlineData(false, null, "xterm-256color", true)]
    public void Colours_only_on_a_terminal_that_wants_them(bool redirected, string? noColor, string? term, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };

        TerminalColors.ShouldColor(redirected, name => environment[name]).ShouldBe(expected);
    }

    [Fact]
    public void On_a_terminal_severities_are_coloured_and_the_text_is_unchanged()
    {
        using var inner = new StringWriter();
        using (var writer = TerminalColors.Wrap(inner))
        {
            writer.WriteLine("a.wit(1,2): error WIT0102: unknown type");
            writer.WriteLine("b.wit(3,4): warning WIT0110: deprecated");
            writer.Write("witbindgen: Unrecognized option '--x'.");
        }

        var text = inner.ToString();
        text.ShouldContain("\u001b[31merror WIT0102:\u001b[0m unknown type\n");
        text.ShouldContain("\u001b[33mwarning WIT0110:\u001b[0m deprecated\n");
        text.ShouldEndWith("\u001b[31mwitbindgen:\u001b[0m Unrecognized option '--x'.");
        System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[\\d+m", string.Empty)
            .ShouldBe("a.wit(1,2): error WIT0102: unknown type\nb.wit(3,4): warning WIT0110: deprecated\nwitbindgen: Unrecognized option '--x'.");
    }
}
