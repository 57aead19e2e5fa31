using WitBindgen.Wit.Syntax;
using WitBindgen.Wit.Tests.Infrastructure;
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

        reported.ShouldContain(
            r => Path.GetFullPath(r.Input) == Path.GetFullPath(expectedPath)
                && r.Diagnostic.Location!.Value.Line == failCase.Line
                && r.Diagnostic.Location!.Value.Column == failCase.Column,
            $"expected {failCase}");
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
}
