namespace WitBindgen.Cli.Tests;

/// <summary>A component written with the older <c>0x01</c> import and export names can be inspected and bound.</summary>
public sealed class OlderNameFormCliTests
{
    [Fact]
    public void Inspect_reads_older_names_and_check_accepts_its_output()
    {
        using var dir = new TempWitDirectory();
        var component = Path.Combine(dir.Path, "older.wasm");
        File.WriteAllBytes(component, ExternNameSamples.InterfaceImport(ExternNameSamples.Plain(0x01, "demo:names/api@0.2.0"), ExternNameSamples.Plain(0x01, "run")));

        var inspect = CliRun.Of("inspect", component);

        inspect.ExitCode.ShouldBe(0, inspect.Stderr);
        inspect.Stdout.ShouldContain("import demo:names/api@0.2.0;");
        var check = CliRun.Of("check", dir.Write("older.wit", inspect.Stdout));
        check.ExitCode.ShouldBe(0, check.Stderr);
    }

    [Theory]
    [InlineData("host")]
    [InlineData("guest")]
    public void Generate_binds_a_component_with_older_names(string mode)
    {
        using var dir = new TempWitDirectory();
        var component = Path.Combine(dir.Path, "older.wasm");
        File.WriteAllBytes(component, ExternNameSamples.InterfaceImport(ExternNameSamples.Plain(0x01, "demo:names/api@0.2.0"), ExternNameSamples.Plain(0x01, "run")));
        var output = Path.Combine(dir.Path, "out");

        var run = CliRun.Of("generate", component, "--mode", mode, "--out", output);

        run.ExitCode.ShouldBe(0, run.Stderr);
        string.Concat(Directory.GetFiles(output, "*.cs").Select(File.ReadAllText)).ShouldContain("Run(");
    }
}
