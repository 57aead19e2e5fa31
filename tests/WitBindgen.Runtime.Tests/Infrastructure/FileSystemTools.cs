using System.Diagnostics;

namespace WitBindgen.Runtime.Tests.Infrastructure;

/// <summary>File-system operations .NET has no API for, through the standard Unix commands.</summary>
internal static class FileSystemTools
{
    /// <summary>Gives <paramref name="path"/> (and everything below it) to user and group <paramref name="user"/>.</summary>
    public static void ChangeOwner(string path, int user) => Run("chown", "-R", $"{user}:{user}", path);

    /// <summary>Creates a FIFO at <paramref name="path"/>, readable and writable by its owner only.</summary>
    public static void MakeFifo(string path) => Run("mkfifo", "-m", "600", path);

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{command} {string.Join(' ', arguments)}: {error}");
    }
}
