using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.IO;

namespace WitBindgen.Wit.Resolution;

/// <summary>Reads a .wit file or a package directory (with <c>deps/</c>) from disk into a <see cref="WitInput"/>.</summary>
public static class WitInputLoader
{
    private const string WitExtension = ".wit";

    /// <summary>
    /// Loads <paramref name="path"/>: a directory is a package (its <c>*.wit</c> files, and each entry of
    /// <c>deps/</c> as a dependency; a directory without .wit files but with a <c>wit/</c> subdirectory
    /// stands for that subdirectory); a file is a package of its own. Files are read through <see cref="InputFiles"/>
    /// (regular files only, size-limited); I/O problems become diagnostics.
    /// </summary>
    public static (WitInput? Input, EquatableArray<Diagnostic> Diagnostics) Load(string path, IEnumerable<string> features)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var featureList = features?.ToEquatableArray() ?? EquatableArray<string>.Empty;
            if (Directory.Exists(path) && !HasWitFiles(path) && Directory.Exists(Path.Combine(path, "wit")))
            {
                // A project directory: its package lives in `wit/`, as wit-bindgen and cargo-component expect.
                path = Path.Combine(path, "wit");
            }

            if (Directory.Exists(path))
            {
                var root = ReadWitFiles(path, diagnostics);
                var deps = new List<DependencyGroup>();
                var depsDir = Path.Combine(path, "deps");
                if (Directory.Exists(depsDir))
                {
                    foreach (var entry in SortedEntries(depsDir))
                    {
                        var name = Path.GetFileName(entry);
                        if (Directory.Exists(entry))
                        {
                            var files = ReadWitFiles(entry, diagnostics);
                            if (files.Count == 0)
                            {
                                // Such as a link back to deps/ itself: naming it beats a missing package header of no package.
                                diagnostics.Report(WitDiagnostics.NotWitInput, null, entry);
                            }

                            deps.Add(new DependencyGroup(name, files));
                        }
                        else if (entry.EndsWith(WitExtension, StringComparison.Ordinal) && ReadFile(entry, diagnostics) is { } file)
                        {
                            deps.Add(new DependencyGroup(name, EquatableArray.Create(file)));
                        }
                    }
                }

                return diagnostics.HasErrors
                    ? (null, diagnostics.ToEquatableArray())
                    : (new WitInput(root, deps.ToEquatableArray(), featureList), diagnostics.ToEquatableArray());
            }

            if (File.Exists(path))
            {
                return ReadFile(path, diagnostics) is { } single
                    ? (new WitInput(EquatableArray.Create(single), EquatableArray<DependencyGroup>.Empty, featureList), diagnostics.ToEquatableArray())
                    : (null, diagnostics.ToEquatableArray());
            }

            diagnostics.Report(WitDiagnostics.NotWitInput, null, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            diagnostics.Report(WitDiagnostics.CannotRead, null, path, ex.Message);
        }

        return (null, diagnostics.ToEquatableArray());
    }

    private static bool HasWitFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*" + WitExtension).Any(f => f.EndsWith(WitExtension, StringComparison.Ordinal));

    /// <summary>The <c>*.wit</c> files directly in a directory, ordered by name.</summary>
    private static EquatableArray<SourceFile> ReadWitFiles(string directory, DiagnosticBag diagnostics)
    {
        var files = new List<SourceFile>();
        foreach (var entry in SortedEntries(directory))
        {
            if (entry.EndsWith(WitExtension, StringComparison.Ordinal) && File.Exists(entry) && ReadFile(entry, diagnostics) is { } file)
            {
                files.Add(file);
            }
        }

        return files.ToEquatableArray();
    }

    private static List<string> SortedEntries(string directory)
    {
        var entries = new List<string>(Directory.EnumerateFileSystemEntries(directory));
        entries.Sort((a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));
        return entries;
    }

    private static SourceFile? ReadFile(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return new SourceFile(path, InputFiles.ReadWitText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            diagnostics.Report(WitDiagnostics.CannotRead, null, path, ex.Message);
            return null;
        }
    }
}
