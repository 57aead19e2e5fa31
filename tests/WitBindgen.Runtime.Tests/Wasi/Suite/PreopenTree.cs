using System.Text;

namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// What a preopened directory holds after a run: every entry below it by relative path, with its type, size,
/// contents (files) or target (symlinks). Symlinks are recorded, never followed.
/// </summary>
internal sealed class PreopenTree
{
    private readonly SortedDictionary<string, string> _entries;

    private PreopenTree(SortedDictionary<string, string> entries) => _entries = entries;

    /// <summary>An empty tree (the program had no preopened directory).</summary>
    public static PreopenTree Empty { get; } = new(new(StringComparer.Ordinal));

    /// <summary>The entries, one line each: <c>path: description</c>.</summary>
    public IEnumerable<string> Lines => _entries.Select(e => $"{e.Key}: {e.Value}");

    /// <summary>Reads the tree below <paramref name="root"/>.</summary>
    public static PreopenTree Read(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), "", entries);
        return new(entries);
    }

    /// <summary>The lines that differ from <paramref name="other"/>'s, or empty when both trees are the same.</summary>
    public IReadOnlyList<string> Differences(PreopenTree other)
    {
        var differences = new List<string>();
        foreach (var path in _entries.Keys.Union(other._entries.Keys).Order(StringComparer.Ordinal))
        {
            var mine = _entries.GetValueOrDefault(path, "(absent)");
            var theirs = other._entries.GetValueOrDefault(path, "(absent)");
            if (mine != theirs)
            {
                differences.Add($"{path}: {mine} vs {theirs}");
            }
        }

        return differences;
    }

    private static void Walk(DirectoryInfo directory, string prefix, SortedDictionary<string, string> entries)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            var path = prefix + entry.Name;
            if (entry.LinkTarget is { } target)
            {
                entries.Add(path, "symlink -> " + target);
            }
            else if (entry is DirectoryInfo child)
            {
                entries.Add(path, "directory");
                Walk(child, path + "/", entries);
            }
            else if (entry is FileInfo file && (file.Attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) == 0)
            {
                var bytes = File.ReadAllBytes(file.FullName);
                entries.Add(path, $"file of {bytes.Length} bytes: {Describe(bytes)}");
            }
            else
            {
                entries.Add(path, "other (" + entry.Attributes + ")");
            }
        }
    }

    private static string Describe(byte[] bytes) =>
        bytes.Length <= 256 ? Convert.ToHexString(bytes) : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)) + " (SHA-256)";

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var line in Lines)
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }
}
