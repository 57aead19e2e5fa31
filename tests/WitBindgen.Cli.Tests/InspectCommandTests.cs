namespace WitBindgen.Cli.Tests;

public sealed class InspectCommandTests
{
    [ConformanceTheory]
    [MemberData(nameof(ComponentSamples.Names), MemberType = typeof(ComponentSamples))]
    public void Inspect_output_passes_check(string name)
    {
        var inspect = CliRun.Of("inspect", ComponentSamples.PathOf(name));
        inspect.ExitCode.ShouldBe(0, inspect.Stderr);
        inspect.Stderr.ShouldBeEmpty();

        using var dir = new TempWitDirectory();
        var wit = dir.Write(name + ".wit", inspect.Stdout);
        var check = CliRun.Of("check", wit);

        check.ExitCode.ShouldBe(0, check.Stderr);
        check.Stdout.ShouldStartWith("ok: ");
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_code_1()
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, "absent.wasm");

        var run = CliRun.Of("inspect", path);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldHaveSingleItem().ShouldContain("WIT0901");
        run.Stderr.ShouldContain(path);
    }

    [Fact]
    public void An_unreadable_path_is_one_line_and_exit_code_1()
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, "folder.wasm");
        Directory.CreateDirectory(path);

        var run = CliRun.Of("inspect", path);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldContain("error WIT0901");
    }

    [Theory]
    [InlineData(new byte[] { 0x68, 0x65, 0x6c, 0x6c, 0x6f }, "error WIT0400")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 }, "error WIT0401")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, 0x09 }, "error WIT0403")]
    public void A_file_that_is_not_a_valid_component_is_one_line_naming_it(byte[] bytes, string expected)
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, "input.wasm");
        File.WriteAllBytes(path, bytes);

        var run = CliRun.Of("inspect", path);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith(path + ": ");
        line.ShouldContain(expected);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("generate")]
    public void A_component_whose_names_wit_cannot_spell_is_one_line_naming_the_file_and_the_name(string command)
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, "names.wasm");
        File.WriteAllBytes(path, ExternNameSamples.InterfaceImport(ExternNameSamples.Plain(0x00, "demo:names/api"), ExternNameSamples.Plain(0x00, "not valid")));

        var run = command == "inspect" ? CliRun.Of(command, path) : CliRun.Of(command, path, "--out", Path.Combine(dir.Path, "out"));

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith(path + ": error WIT0406: ");
        line.ShouldContain("'not valid'");
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("inspect", "a.wasm", "b.wasm")]
    [InlineData("inspect", "--bogus", "a.wasm")]
    public void Wrong_arguments_are_usage_errors(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("witbindgen: ");
    }

    [Theory]
    [InlineData("inspect", "--help")]
    [InlineData("generate", "--help")]
    public void The_commands_have_help(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("Usage:");
        run.Stdout.ShouldContain(args[0]);
    }
}
