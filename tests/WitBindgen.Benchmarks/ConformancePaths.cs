namespace WitBindgen.Benchmarks;

/// <summary>
/// Finds the shared conformance material the same way the tests do: <c>$WITBINDGEN_CONFORMANCE</c> if set,
/// else <c>../shared/conformance</c> beside the repository (the directory holding WitBindgen.sln).
/// </summary>
internal static class ConformancePaths
{
    /// <summary>The conformance directory, or null when it is absent.</summary>
    public static string? Conformance
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("WITBINDGEN_CONFORMANCE");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return Directory.Exists(fromEnv) ? fromEnv : null;
            }

            var repoRoot = FindRepoRoot();
            var beside = repoRoot is null ? null : Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "conformance"));
            return beside is not null && Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>The message to show when the material is absent.</summary>
    public const string Missing =
        "conformance material not found: expected ../shared/conformance beside the repository (or set WITBINDGEN_CONFORMANCE)";

    /// <summary>The repository: the directory holding WitBindgen.sln above the program, or null when there is none.</summary>
    public static string? FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WitBindgen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }
}
