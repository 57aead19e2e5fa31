namespace WitBindgen.Cli.Tests;

/// <summary>A core module that names its world in a component-type section can be inspected and bound.</summary>
public sealed class EmbeddedWorldCliTests
{
    [Fact]
    public void Inspect_prints_the_embedded_world_and_check_accepts_it()
    {
        using var dir = new TempWitDirectory();
        var module = Path.Combine(dir.Path, "greeter.wasm");
        File.WriteAllBytes(module, EmbeddedWorldSamples.CoreModule());

        var inspect = CliRun.Of("inspect", module);

        inspect.ExitCode.ShouldBe(0, inspect.Stderr);
        inspect.Stdout.ShouldContain("package demo:greeter@0.2.0;\n");
        inspect.Stdout.ShouldContain("\nworld greeter {\n");
        var check = CliRun.Of("check", dir.Write("greeter.wit", inspect.Stdout));
        check.ExitCode.ShouldBe(0, check.Stderr);
        check.Stdout.ShouldBe($"ok: {Path.Combine(dir.Path, "greeter.wit")} (1 package, 1 interface, 1 world){Environment.NewLine}");
    }

    [Theory]
    [InlineData("host")]
    [InlineData("guest")]
    public void Generate_binds_the_embedded_world_by_its_name(string mode)
    {
        using var dir = new TempWitDirectory();
        var module = Path.Combine(dir.Path, "greeter.wasm");
        File.WriteAllBytes(module, EmbeddedWorldSamples.CoreModule());
        var output = Path.Combine(dir.Path, "out");

        var run = CliRun.Of("generate", module, "--mode", mode, "--out", output);

        run.ExitCode.ShouldBe(0, run.Stderr);
        var files = Directory.GetFiles(output, "*.cs");
        files.ShouldNotBeEmpty();
        string.Concat(files.Select(File.ReadAllText)).ShouldContain("namespace Demo.Greeter");
    }
}
