
namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>Finds the .wit inputs of the shared conformance material for the parser's tests.</summary>
internal static class SyntaxConformanceCases
{
    /// <summary>The corpora whose every .wit file is valid WIT.</summary>
    private static readonly string[] ValidCorpora = { "wit-parser-ui", "wasi-wit", "wit-bindgen-codegen" };

    /// <summary>Every valid .wit file, as a path relative to the conformance root.</summary>
    public static IEnumerable<object[]> ValidFiles()
    {
        if (TestPaths.Conformance is not { } root)
        {
            yield break;
        }

        foreach (var corpus in ValidCorpora)
        {
            var dir = Path.Combine(root, corpus);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*.wit", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var relative = Relative(root, file);
                if (!relative.StartsWith("wit-parser-ui/parse-fail/", StringComparison.Ordinal))
                {
                    yield return new object[] { relative };
                }
            }
        }
    }

    /// <summary>Every parse-fail case: a file or directory name under <c>wit-parser-ui/parse-fail</c>.</summary>
    public static IEnumerable<ParseFailCase> ParseFailCases()
    {
        if (TestPaths.ConformanceDir("wit-parser-ui/parse-fail") is not { } dir)
        {
            yield break;
        }

        foreach (var result in Directory.EnumerateFiles(dir, "*.wit.result").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(result).Substring(0, Path.GetFileName(result).Length - ".wit.result".Length);
            var input = Path.Combine(dir, name);
            var files = File.Exists(input + ".wit") ? new[] { input + ".wit" }
                : Directory.Exists(input) ? Directory.EnumerateFiles(input, "*.wit", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray()
                : null;
            if (files is not null)
            {
                yield return ParseFailCase.Read(name, dir, File.ReadAllText(result), files);
            }
        }
    }

    /// <summary>The parse-fail cases whose expected error is one the parser reports, as theory rows.</summary>
    public static IEnumerable<object[]> SyntaxFailCases() =>
        ParseFailCases().Where(c => c.IsSyntaxError).Select(c => new object[] { c.Name });

    /// <summary>Reads a conformance file given its path relative to the conformance root.</summary>
    public static SourceFile Load(string relative)
    {
        var root = TestPaths.Conformance ?? throw new InvalidOperationException(TestPaths.MissingConformance);
        return new SourceFile(relative, File.ReadAllText(Path.Combine(root, relative)));
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
