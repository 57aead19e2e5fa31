using System.Security.Cryptography;
using System.Text;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>
/// The <c>Regressions/</c> directory of the test project: inputs that once broke the front end, kept so they are
/// replayed on every run. A single-file input is stored as <c>&lt;hash&gt;.wit</c>; one with several files or
/// dependencies as a package directory <c>&lt;hash&gt;/</c> with its own <c>deps/</c>.
/// </summary>
internal static class RegressionStore
{
    /// <summary>The directory in the source tree, so that new files show up in version control.</summary>
    public static string Directory => Path.Combine(TestPaths.RepoRoot, "tests", "WitBindgen.Wit.Tests", "Regressions");

    /// <summary>Every stored input: the .wit files and package directories, in a stable order.</summary>
    public static IReadOnlyList<string> Entries()
    {
        var files = System.IO.Directory.GetFiles(Directory, "*.wit");
        var packages = System.IO.Directory.GetDirectories(Directory);
        return files.Concat(packages).OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes <paramref name="input"/> unless an identical one is stored already, and returns its path.</summary>
    public static string Save(WitInput input)
    {
        var name = Hash(input);
        if (input.RootFiles.Count == 1 && input.Dependencies.Count == 0)
        {
            var file = Path.Combine(Directory, name + ".wit");
            File.WriteAllText(file, input.RootFiles[0].Text);
            return file;
        }

        var package = Path.Combine(Directory, name);
        foreach (var root in input.RootFiles)
        {
            Write(Path.Combine(package, Path.GetFileName(root.Path)), root.Text);
        }

        foreach (var group in input.Dependencies)
        {
            var isSingleFile = group.Name.EndsWith(".wit", StringComparison.Ordinal) && group.Files.Count == 1;
            foreach (var file in group.Files)
            {
                var target = isSingleFile
                    ? Path.Combine(package, "deps", group.Name)
                    : Path.Combine(package, "deps", group.Name, Path.GetFileName(file.Path));
                Write(target, file.Text);
            }
        }

        return package;
    }

    /// <summary>A short content hash naming the stored input.</summary>
    private static string Hash(WitInput input)
    {
        var text = new StringBuilder();
        foreach (var file in input.RootFiles.Concat(input.Dependencies.SelectMany(d => d.Files)))
        {
            text.Append(Path.GetFileName(file.Path)).Append('\0').Append(file.Text).Append('\0');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    private static void Write(string path, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
