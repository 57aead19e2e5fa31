using System.Text;
using WitBindgen.CodeGen;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// Writes generated files into the output directory: unchanged files are left alone, files the
/// <see cref="OutputManifest"/> lists may be replaced or removed, and any other existing file stops the run
/// unless forced. Nothing inside the directory is followed: a symbolic link at a generated file's path is replaced by
/// the file (see <see cref="OutputEntry"/>). The directory itself may be a link, since the user names it.
/// </summary>
internal static class GeneratedFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="files"/> to <paramref name="directory"/> and reports each change on <paramref name="stdout"/>.</summary>
    /// <returns>The exit code.</returns>
    public static int Write(string directory, IReadOnlyList<GeneratedFile> files, bool force, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return WriteCore(directory, files, force, stdout, stderr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{directory}: error: cannot write the generated files: {e.Message}");
            return ExitCodes.WitErrors;
        }
    }

    private static int WriteCore(string directory, IReadOnlyList<GeneratedFile> files, bool force, TextWriter stdout, TextWriter stderr)
    {
        foreach (var file in files)
        {
            if (!OutputManifest.IsPlainFileName(file.HintName))
            {
                stderr.WriteLine($"{file.HintName}: error: the generated file name is not a plain file name; nothing was written");
                return ExitCodes.WitErrors;
            }
        }

        Directory.CreateDirectory(directory);
        var manifest = OutputManifest.Read(directory);
        var foreign = files
            .Select(f => f.HintName)
            .Where(name => OutputEntry.Exists(Path.Combine(directory, name)) && !manifest.Contains(name))
            .ToList();
        if (foreign.Count > 0 && !force)
        {
            foreach (var name in foreign)
            {
                stderr.WriteLine($"{Path.Combine(directory, name)}: error: the file exists and was not written by witbindgen; nothing was written. Move it away, choose another --out, or pass --force to overwrite it");
            }

            return ExitCodes.WitErrors;
        }

        int written = 0, unchanged = 0, removed = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.HintName);
            var bytes = Utf8NoBom.GetBytes(file.Text);
            if (IsUnchanged(path, bytes))
            {
                unchanged++;
                continue;
            }

            OutputEntry.Replace(directory, file.HintName, bytes);
            stdout.WriteLine($"wrote {path}");
            written++;
        }

        var current = new HashSet<string>(files.Select(f => f.HintName), StringComparer.Ordinal);
        foreach (var stale in manifest.Files.Where(name => !current.Contains(name)).OrderBy(name => name, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                stdout.WriteLine($"removed {path} (no longer generated)");
                removed++;
            }
        }

        OutputManifest.Write(directory, current);
        stdout.WriteLine($"{Summary.Count(files.Count, "file")} in {directory}: {written} written, {unchanged} unchanged, {removed} removed");
        return ExitCodes.Success;
    }

    // Only a regular file of the directory itself is compared: a link is replaced whatever it points to.
    private static bool IsUnchanged(string path, byte[] bytes) =>
        OutputEntry.IsOwnRegularFile(path)
        && new FileInfo(path).Length == bytes.Length
        && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
}
