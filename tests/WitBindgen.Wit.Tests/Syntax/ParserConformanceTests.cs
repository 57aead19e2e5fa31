using WitBindgen.Wit.Syntax;
using Xunit.Abstractions;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>The parser against real WIT: wit-parser's UI suite, the WASI packages and wit-bindgen's inputs.</summary>
public sealed class ParserConformanceTests
{
    private readonly ITestOutputHelper _output;

    /// <summary>Creates the tests with xunit's output sink.</summary>
    public ParserConformanceTests(ITestOutputHelper output) => _output = output;

    /// <summary>The valid .wit files of the corpora.</summary>
    public static IEnumerable<object[]> ValidFiles => SyntaxConformanceCases.ValidFiles();

    /// <summary>The parse-fail cases whose error is a syntax error.</summary>
    public static IEnumerable<object[]> SyntaxFailCases => SyntaxConformanceCases.SyntaxFailCases();

    /// <summary>Every valid file parses without a diagnostic.</summary>
    [ConformanceTheory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_file_parses_without_diagnostics(string relativePath)
    {
        var result = WitParser.Parse(SyntaxConformanceCases.Load(relativePath));

        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
    }

    /// <summary>A syntax error is reported first, at the line and column wit-parser reports it.</summary>
    [ConformanceTheory]
    [MemberData(nameof(SyntaxFailCases))]
    public void Syntax_error_is_reported_where_wit_parser_reports_it(string name)
    {
        var failCase = SyntaxConformanceCases.ParseFailCases().Single(c => c.Name == name);
        var expectedPath = Path.Combine(failCase.Directory, failCase.File!);

        var reported = failCase.Inputs
            .Select(input => (Input: input, Result: WitParser.Parse(new SourceFile(input, File.ReadAllText(input)))))
            .Where(r => r.Result.HasErrors)
            .Select(r => (r.Input, Diagnostic: r.Result.Diagnostics[0]))
            .ToList();

        _output.WriteLine($"expected: {failCase}");
        foreach (var (input, diagnostic) in reported)
        {
            _output.WriteLine($"reported: {diagnostic}");
        }

        var match = reported.FirstOrDefault(
            r => Path.GetFullPath(r.Input) == Path.GetFullPath(expectedPath)
                && r.Diagnostic.Location!.Value.Line == failCase.Line
                && r.Diagnostic.Location!.Value.Column == failCase.Column);
        match.Diagnostic.ShouldNotBeNull($"expected {failCase}");
        match.Diagnostic.Message.ShouldStartWith(failCase.Message);
    }

    /// <summary>Lists which parse-fail cases are syntax errors and which are left to the resolver.</summary>
    [ConformanceFact]
    public void Parse_fail_cases_split_into_syntax_and_resolution_errors()
    {
        var cases = SyntaxConformanceCases.ParseFailCases().ToList();
        var syntax = cases.Where(c => c.IsSyntaxError).ToList();
        _output.WriteLine($"syntax errors ({syntax.Count}):");
        syntax.ForEach(c => _output.WriteLine("  " + c));
        _output.WriteLine($"resolution errors ({cases.Count - syntax.Count}):");
        cases.Where(c => !c.IsSyntaxError).ToList().ForEach(c => _output.WriteLine("  " + c));

        cases.Count.ShouldBeGreaterThan(100);
        syntax.Count.ShouldBeGreaterThan(20);
    }

    /// <summary>The parse-fail cases that wit-parser rejects only while resolving.</summary>
    public static IEnumerable<object[]> ResolutionFailCases =>
        SyntaxConformanceCases.ParseFailCases().Where(c => !c.IsSyntaxError).Select(c => new object[] { c.Name });

    /// <summary>Files wit-parser rejects only while resolving are syntactically fine: the resolver must get them.</summary>
    [ConformanceTheory]
    [MemberData(nameof(ResolutionFailCases))]
    public void Resolution_error_case_parses_without_diagnostics(string name)
    {
        var failCase = SyntaxConformanceCases.ParseFailCases().Single(c => c.Name == name);
        foreach (var input in failCase.Inputs)
        {
            var result = WitParser.Parse(new SourceFile(input, File.ReadAllText(input)));
            result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        }
    }

    /// <summary>No parse-fail input makes the parser throw, and a file wit-parser rejects for syntax is rejected.</summary>
    [ConformanceFact]
    public void Every_parse_fail_input_parses_without_throwing()
    {
        foreach (var failCase in SyntaxConformanceCases.ParseFailCases())
        {
            foreach (var input in failCase.Inputs)
            {
                var result = WitParser.Parse(new SourceFile(input, File.ReadAllText(input)));
                result.Diagnostics.ShouldNotContain(d => d.Id == "WIT0900", $"{input}: {string.Join("\n", result.Diagnostics)}");
            }
        }
    }

    /// <summary>
    /// The valid cases of wit-parser's suite with an expected <c>.wit.json</c>: a file, or a directory
    /// with deps (except <c>kinds-of-deps</c>, whose deps include binary components not copied here).
    /// </summary>
    public static IEnumerable<object[]> CasesWithExpectedJson()
    {
        if (TestPaths.ConformanceDir("wit-parser-ui") is not { } dir)
        {
            yield break;
        }

        foreach (var json in Directory.EnumerateFiles(dir, "*.wit.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(json).Substring(0, Path.GetFileName(json).Length - ".wit.json".Length);
            if (name != "kinds-of-deps" && (File.Exists(Path.Combine(dir, name + ".wit")) || Directory.Exists(Path.Combine(dir, name))))
            {
                yield return new object[] { name };
            }
        }
    }

    /// <summary>Every doc text wit-parser reports for a case is one the parser attached to some item.</summary>
    [ConformanceTheory]
    [MemberData(nameof(CasesWithExpectedJson))]
    public void Doc_comments_match_wit_parser(string name)
    {
        var dir = TestPaths.ConformanceDir("wit-parser-ui")!;
        var expected = new List<string>();
        CollectJsonDocs(System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".wit.json"))).RootElement, expected);

        var inputs = File.Exists(Path.Combine(dir, name + ".wit"))
            ? new[] { Path.Combine(dir, name + ".wit") }
            : Directory.GetFiles(Path.Combine(dir, name), "*.wit", SearchOption.AllDirectories);
        var actual = inputs
            .SelectMany(input => DocsCollector.Collect(WitParser.Parse(new SourceFile(input, File.ReadAllText(input))).Document))
            .ToList();

        foreach (var doc in expected)
        {
            actual.ShouldContain(doc, $"actual docs:\n{string.Join("\n---\n", actual)}");
        }
    }

    private static void CollectJsonDocs(System.Text.Json.JsonElement element, List<string> docs)
    {
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "docs" && property.Value.TryGetProperty("contents", out var contents) && contents.GetString() is { } text)
                    {
                        docs.Add(text);
                    }
                    else
                    {
                        CollectJsonDocs(property.Value, docs);
                    }
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectJsonDocs(item, docs);
                }

                break;
        }
    }
}
