using WitBindgen.Wit;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Testing;

/// <summary>Resolves WIT for tests, failing the test with the resolver's diagnostics when the WIT is invalid.</summary>
internal static class WitSource
{
    /// <summary>Resolves one or more WIT texts forming one root package (no deps).</summary>
    public static WitModel Resolve(params string[] texts)
    {
        var files = texts.Select((text, i) => new SourceFile($"test{i}.wit", text)).ToEquatableArray();
        var result = WitResolver.Resolve(new WitInput(files, EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty));
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Model!;
    }

    /// <summary>Loads and resolves a .wit file or package directory; null with the diagnostics when it does not resolve.</summary>
    public static (WitModel? Model, string Problems) Load(string path, IEnumerable<string>? features = null)
    {
        var (input, loadDiagnostics) = WitInputLoader.Load(path, features ?? Array.Empty<string>());
        if (input is null)
        {
            return (null, string.Join("\n", loadDiagnostics));
        }

        var result = WitResolver.Resolve(input);
        return (result.HasErrors ? null : result.Model, string.Join("\n", result.Diagnostics));
    }
}
