using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>
/// The inputs the robustness test mutates: every test of the wit-parser UI suite (passing and failing ones,
/// single files and package directories) and every WASI package with its dependencies.
/// </summary>
internal static class RobustnessCorpus
{
    /// <summary>Loads every input that reads without I/O errors, in a stable order; empty without the conformance material.</summary>
    public static IReadOnlyList<WitInput> Load()
    {
        var inputs = new List<WitInput>();
        foreach (var path in InputPaths())
        {
            var (input, _) = WitInputLoader.Load(path, ["active"]);
            if (input is { RootFiles.Count: > 0 })
            {
                inputs.Add(input);
            }
        }

        return inputs;
    }

    private static IEnumerable<string> InputPaths()
    {
        if (TestPaths.ConformanceDir("wit-parser-ui") is { } ui)
        {
            foreach (var path in TestEntries(ui).Concat(TestEntries(Path.Combine(ui, "parse-fail"))))
            {
                yield return path;
            }
        }

        if (TestPaths.ConformanceDir("wasi-wit") is { } wasi)
        {
            foreach (var package in Directory.GetDirectories(wasi).OrderBy(p => p, StringComparer.Ordinal))
            {
                yield return package;
            }
        }
    }

    /// <summary>The .wit files and package directories directly inside <paramref name="directory"/>.</summary>
    private static IEnumerable<string> TestEntries(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var files = Directory.GetFiles(directory, "*.wit");
        var packages = Directory.GetDirectories(directory).Where(d => Path.GetFileName(d) != "parse-fail");
        return files.Concat(packages).OrderBy(p => p, StringComparer.Ordinal);
    }
}
