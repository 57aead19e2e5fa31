using System.Diagnostics;
using WitBindgen.Wit.IO;

namespace WitBindgen.Cli.Tests;

/// <summary>
/// Inputs that are not regular files, or are too large, end the run at once with one line naming them: a named pipe
/// would block the read forever, and a device such as <c>/dev/zero</c> or a huge file would exhaust memory.
/// </summary>
public sealed class SpecialFileInputTests
{
    // Generous: a correct run takes milliseconds; this only turns a hang into a failure instead of a stuck suite.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("check", "x.wit")]
    [InlineData("print", "x.wit")]
    [InlineData("generate", "x.wit")]
    [InlineData("inspect", "x.wasm")]
    [InlineData("generate", "x.wasm")]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer(string command, string name)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var dir = new TempWitDirectory();
        var path = MakeFifo(dir, name);

        var run = RunGuarded(command, path, dir);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldBe($"error WIT0901: cannot read '{path}': it is not a regular file (a named pipe)");
    }

    [Fact]
    public void A_named_pipe_inside_a_package_directory_is_refused_naming_it()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var dir = new TempWitDirectory();
        dir.Write("pkg/a.wit", "package a:b;\nworld w {}\n");
        var fifo = MakeFifo(dir, Path.Combine("pkg", "deps", "dep.wit"));

        var run = RunGuarded("check", Path.Combine(dir.Path, "pkg"), dir);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldBe($"error WIT0901: cannot read '{fifo}': it is not a regular file (a named pipe)");
    }

    [Theory]
    [InlineData("check", "zero.wit")]
    [InlineData("inspect", "zero.wasm")]
    [InlineData("generate", "zero.wasm")]
    public void A_link_to_a_device_is_refused_without_reading_it(string command, string name)
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, name);
        File.CreateSymbolicLink(path, "/dev/zero");

        var run = RunGuarded(command, path, dir);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldBe($"error WIT0901: cannot read '{path}': it is not a regular file (a character device)");
    }

    [Fact]
    public void The_device_itself_is_refused_by_inspect()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var run = RunGuarded("inspect", "/dev/zero", null);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldBe("error WIT0901: cannot read '/dev/zero': it is not a regular file (a character device)");
    }

    [Theory]
    [InlineData("check", "big.wit", InputFiles.MaxWitFileBytes, "it is larger than 64 MiB, the limit for a .wit file")]
    [InlineData("inspect", "big.wasm", InputFiles.MaxComponentBytes, "it is larger than 256 MiB, the limit for a component binary")]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read(string command, string name, long limit, string reason)
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, name);
        using (var stream = File.Create(path))
        {
            // Sparse: costs no disk space, and the read must not start anyway.
            stream.SetLength(limit + 1);
        }

        var run = RunGuarded(command, path, dir);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldBe($"error WIT0901: cannot read '{path}': {reason}");
    }

    [Fact]
    public void A_link_to_a_regular_file_is_read()
    {
        using var dir = new TempWitDirectory();
        var target = dir.Write("real/a.wit", "package a:b;\nworld w {}\n");
        var link = Path.Combine(dir.Path, "link.wit");
        File.CreateSymbolicLink(link, target);

        var run = RunGuarded("check", link, dir);

        run.ExitCode.ShouldBe(0, run.Stderr);
    }

    [Fact]
    public void A_directory_given_to_inspect_is_named_as_a_directory()
    {
        using var dir = new TempWitDirectory();
        var path = Path.Combine(dir.Path, "folder.wasm");
        Directory.CreateDirectory(path);

        var run = CliRun.Of("inspect", path);

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldBe($"error WIT0901: cannot read '{path}': it is a directory, not a file");
    }

    private static string MakeFifo(TempWitDirectory dir, string relativePath)
    {
        var path = Path.Combine(dir.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
        return path;
    }

    /// <summary>Runs the command on a worker thread, failing the test (rather than hanging the suite) when it does not end.</summary>
    private static CliRun RunGuarded(string command, string path, TempWitDirectory? dir)
    {
        var args = command == "generate" && dir is not null
            ? new[] { command, path, "--out", Path.Combine(dir.Path, "out") }
            : new[] { command, path };
        var run = Task.Factory.StartNew(() => CliRun.Of(args), TaskCreationOptions.LongRunning);
        run.Wait(HangGuard).ShouldBeTrue($"witbindgen {string.Join(' ', args)} did not finish");
        return run.Result;
    }
}
