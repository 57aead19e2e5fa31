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

    private const string Header = "# Files written by witbindgen generate; it overwrites or deletes only these.";

    private readonly HashSet<string> _files;

    private OutputManifest(HashSet<string> files) => _files = files;

    /// <summary>The file names (no directories) listed.</summary>
    public IReadOnlyCollection<string> Files => _files;

    /// <summary>Reads the manifest of <paramref name="directory"/>; an absent manifest lists nothing.</summary>
    public static OutputManifest Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return new OutputManifest(new HashSet<string>(StringComparer.Ordinal));
        }

        var files = File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && IsPlainFileName(line))
            .ToHashSet(StringComparer.Ordinal);
        return new OutputManifest(files);
    }

    /// <summary>Writes a manifest listing <paramref name="files"/>, sorted, with <c>\n</c> newlines.</summary>
    public static void Write(string directory, IEnumerable<string> files)
    {
        var lines = new[] { Header }.Concat(files.OrderBy(f => f, StringComparer.Ordinal));
        File.WriteAllText(Path.Combine(directory, FileName), string.Join("\n", lines) + "\n");
    }

    /// <summary>Whether <paramref name="fileName"/> is listed.</summary>
    public bool Contains(string fileName) => _files.Contains(fileName);

    /// <summary>Whether <paramref name="name"/> is a bare file name with no directory part.</summary>
    public static bool IsPlainFileName(string name) =>
        name.Length > 0 && name != "." && name != ".." && Path.GetFileName(name) == name && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
}
