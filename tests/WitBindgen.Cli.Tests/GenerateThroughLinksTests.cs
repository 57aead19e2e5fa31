namespace WitBindgen.Cli.Tests;

/// <summary>
/// <c>generate</c> never writes through a symbolic link inside the output directory (a cloned repository can ship
/// one): a link at a generated file's path, or at the manifest's, is replaced by the file, and what it pointed to is
/// left untouched. The output directory itself may be a link, since the user names it.
/// </summary>
public sealed class GenerateThroughLinksTests
{
    private const string Wit = "package test:links;\n\ninterface api {\n  record point { x: s32, y: s32 }\n}\n\nworld w {\n  import api;\n}\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_link_at_a_generated_file_is_replaced_and_its_target_left_alone(bool force)
    {
        using var dir = new TempWitDirectory();
        var (wit, name) = Setup(dir);
        var output = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(output);
        var outside = dir.Write("outside/victim.txt", "precious");
        File.CreateSymbolicLink(Path.Combine(output, name), outside);
        if (!force)
        {
            File.WriteAllText(Path.Combine(output, ".witbindgen-files"), name + "\n");
        }

        var run = force ? CliRun.Of("generate", wit, "--out", output, "--force") : CliRun.Of("generate", wit, "--out", output);

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.ReadAllText(outside).ShouldBe("precious");
        new FileInfo(Path.Combine(output, name)).LinkTarget.ShouldBeNull();
        File.ReadAllText(Path.Combine(output, name)).ShouldContain("record Point(");
    }

    [Fact]
    public void A_link_to_a_directory_at_a_generated_file_is_replaced_and_the_directory_left_alone()
    {
        using var dir = new TempWitDirectory();
        var (wit, name) = Setup(dir);
        var output = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(output);
        var outside = Path.Combine(dir.Path, "outside");
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Path.Combine(output, name), outside);
        File.WriteAllText(Path.Combine(output, ".witbindgen-files"), name + "\n");

        var run = CliRun.Of("generate", wit, "--out", output);

        run.ExitCode.ShouldBe(0, run.Stderr);
        Directory.GetFileSystemEntries(outside).ShouldBeEmpty();
        new FileInfo(Path.Combine(output, name)).LinkTarget.ShouldBeNull();
    }

    [Fact]
    public void A_linked_manifest_is_neither_read_nor_written_through()
    {
        using var dir = new TempWitDirectory();
        var (wit, name) = Setup(dir);
        var output = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(output);
        // The outside file lists the generated name: were it read as the manifest, the existing file would be overwritten.
        var outside = dir.Write("outside/list.txt", name + "\n");
        File.CreateSymbolicLink(Path.Combine(output, ".witbindgen-files"), outside);
        File.WriteAllText(Path.Combine(output, name), "// the user's own file\n");

        var refused = CliRun.Of("generate", wit, "--out", output);
        var forced = CliRun.Of("generate", wit, "--out", output, "--force");

        refused.ExitCode.ShouldBe(1);
        refused.StderrLines.ShouldHaveSingleItem().ShouldContain("was not written by witbindgen");
        forced.ExitCode.ShouldBe(0, forced.Stderr);
        File.ReadAllText(outside).ShouldBe(name + "\n");
        new FileInfo(Path.Combine(output, ".witbindgen-files")).LinkTarget.ShouldBeNull();
    }

    [Fact]
    public void An_output_directory_that_is_a_link_is_written_into()
    {
        using var dir = new TempWitDirectory();
        var (wit, name) = Setup(dir);
        var real = Path.Combine(dir.Path, "real");
        Directory.CreateDirectory(real);
        var output = Path.Combine(dir.Path, "out");
        Directory.CreateSymbolicLink(output, real);

        var run = CliRun.Of("generate", wit, "--out", output);

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.Exists(Path.Combine(real, name)).ShouldBeTrue();
    }

    /// <summary>Writes the WIT and learns the name of one file it generates, from a run into a scratch directory.</summary>
    private static (string Wit, string Name) Setup(TempWitDirectory dir)
    {
        var wit = dir.Write("links.wit", Wit);
        var scratch = Path.Combine(dir.Path, "scratch");
        CliRun.Of("generate", wit, "--out", scratch).ExitCode.ShouldBe(0);
        var name = Directory.GetFiles(scratch, "*.g.cs").Select(Path.GetFileName).Single(n => File.ReadAllText(Path.Combine(scratch, n!)).Contains("record Point("));
        return (wit, name!);
    }
}
