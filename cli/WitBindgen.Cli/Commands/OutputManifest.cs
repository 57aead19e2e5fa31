using System.Text;
using WitBindgen.Wit.IO;

namespace WitBindgen.Cli.Commands;

/// <summary>
/// The list of files <c>witbindgen generate</c> wrote into an output directory, kept there as
/// <c>.witbindgen-files</c> (one file name per line). A file may be overwritten or deleted only when it is listed:
/// anything else in the directory belongs to the user.
/// </summary>
internal sealed class OutputManifest
{
    /// <summary>The manifest's file name inside the output directory.</summary>
    public const string FileName = ".witbindgen-files";

    // Room for the names of a million generated files; a larger file is not a manifest witbindgen wrote.
    private const long MaxBytes = 64L * 1024 * 1024;

    private const string Header = "# Files written by witbindgen generate; it overwrites or deletes only these.";

    private readonly HashSet<string> _files;

    private OutputManifest(HashSet<string> files) => _files = files;

    /// <summary>The file names (no directories) listed.</summary>
    public IReadOnlyCollection<string> Files => _files;

    /// <summary>Reads the manifest of <paramref name="directory"/>; an absent one, or a link, lists nothing.</summary>
    public static OutputManifest Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!OutputEntry.IsOwnRegularFile(path))
        {
            // Absent, or a link or special file that witbindgen did not write: it lists nothing, so nothing is overwritten.
            return new OutputManifest(new HashSet<string>(StringComparer.Ordinal));
        }

        var files = InputFiles.ReadText(path, MaxBytes, "file list")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && IsPlainFileName(line))
            .ToHashSet(StringComparer.Ordinal);
        return new OutputManifest(files);
    }

    /// <summary>Writes a manifest listing <paramref name="files"/>, sorted, with <c>\n</c> newlines.</summary>
    public static void Write(string directory, IEnumerable<string> files)
    {
        var lines = new[] { Header }.Concat(files.OrderBy(f => f, StringComparer.Ordinal));
        OutputEntry.Replace(directory, FileName, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
    }

    /// <summary>Whether <paramref name="fileName"/> is listed.</summary>
    public bool Contains(string fileName) => _files.Contains(fileName);

    /// <summary>Whether <paramref name="name"/> is a bare file name with no directory part.</summary>
    public static bool IsPlainFileName(string name) =>
        name.Length > 0 && name != "." && name != ".." && Path.GetFileName(name) == name && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
}
