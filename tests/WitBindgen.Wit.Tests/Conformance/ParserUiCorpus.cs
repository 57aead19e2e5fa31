using System.Text.RegularExpressions;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Conformance;

/// <summary>The cases of wit-parser's UI suite in the shared conformance material.</summary>
internal static class ParserUiCorpus
{
    /// <summary>The feature set the suite runs with.</summary>
    public static readonly string[] Features = { "active" };

    /// <summary>Valid cases that cannot run here, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Excluded = new Dictionary<string, string>
    {
        ["kinds-of-deps"] = "its deps include a .wat and a .wasm package that are not part of the material",
    };

    public static string? Root => TestPaths.ConformanceDir("wit-parser-ui");

    /// <summary>Valid cases: a <c>NAME.wit</c> file or a <c>NAME/</c> directory with a <c>NAME.wit.json</c> beside it.</summary>
    public static IEnumerable<string> ValidCases()
    {
        if (Root is not { } root)
        {
            return Array.Empty<string>();
        }

        return Directory.EnumerateFileSystemEntries(root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n != "parse-fail" && !n.EndsWith(".json", StringComparison.Ordinal) && !n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n.EndsWith(".wit", StringComparison.Ordinal) ? n.Substring(0, n.Length - 4) : n)
            .Where(n => File.Exists(Path.Combine(root, n + ".wit.json")))
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);
    }

    /// <summary>Failing cases: every entry of <c>parse-fail/</c> with a <c>.wit.result</c>.</summary>
    public static IEnumerable<string> FailCases()
    {
        if (Root is not { } root)
        {
            return Array.Empty<string>();
        }

        var dir = Path.Combine(root, "parse-fail");
        return Directory.EnumerateFileSystemEntries(dir)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.EndsWith(".result", StringComparison.Ordinal))
            .Where(n => File.Exists(Path.Combine(dir, (n.EndsWith(".wit", StringComparison.Ordinal) ? n : n + ".wit") + ".result")))
            .OrderBy(n => n, StringComparer.Ordinal);
    }

    /// <summary>The input path of a valid case.</summary>
    public static string ValidInput(string name)
    {
        var dir = Path.Combine(Root!, name);
        return Directory.Exists(dir) ? dir : dir + ".wit";
    }

    /// <summary>Loads and resolves a path as the suite does.</summary>
    public static ResolveResult ResolvePath(string path)
    {
        var (input, loadDiagnostics) = WitInputLoader.Load(path, Features);
        return input is null ? new ResolveResult(null, loadDiagnostics) : WitResolver.Resolve(input);
    }

    /// <summary>The <c>file:line:col</c> locations a <c>.wit.result</c> names, relative to <c>parse-fail/</c>.</summary>
    public static IReadOnlyList<string> ExpectedLocations(string failCase)
    {
        var resultFile = Path.Combine(Root!, "parse-fail", (failCase.EndsWith(".wit", StringComparison.Ordinal) ? failCase : failCase + ".wit") + ".result");
        var text = File.ReadAllText(resultFile);
        return Regex.Matches(text, @"tests/ui/parse-fail/([^\s:]+):(\d+):(\d+)")
            .Cast<Match>()
            .Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}:{m.Groups[3].Value}")
            .Distinct()
            .ToList();
    }

    /// <summary>The first line of a <c>.wit.result</c>: wit-parser's message.</summary>
    public static string ExpectedMessage(string failCase)
    {
        var resultFile = Path.Combine(Root!, "parse-fail", (failCase.EndsWith(".wit", StringComparison.Ordinal) ? failCase : failCase + ".wit") + ".result");
        return File.ReadLines(resultFile).FirstOrDefault() ?? string.Empty;
    }
}
