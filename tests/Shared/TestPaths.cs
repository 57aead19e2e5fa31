namespace WitBindgen.Testing;

/// <summary>Locates the repository and the shared conformance material beside it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);

    /// <summary>The repository root (the directory holding WitBindgen.sln).</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>
    /// The conformance material: <c>$WITBINDGEN_CONFORMANCE</c> if set, else <c>../shared/conformance</c>
    /// next to the repository. Null when absent (a user's fresh clone).
    /// </summary>
    public static string? Conformance
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("WITBINDGEN_CONFORMANCE");
            var path = !string.IsNullOrEmpty(fromEnv) ? fromEnv! : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "conformance"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A sub-directory of the conformance material, or null when it is absent.</summary>
    public static string? ConformanceDir(string name) =>
        Conformance is { } root && Directory.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : null;

    /// <summary>The message tests skip with when the conformance material is absent.</summary>
    public const string MissingConformance =
        "conformance material not found: expected ../shared/conformance beside the repository (or set WITBINDGEN_CONFORMANCE)";

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WitBindgen.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find WitBindgen.sln above " + AppContext.BaseDirectory);
    }
}
