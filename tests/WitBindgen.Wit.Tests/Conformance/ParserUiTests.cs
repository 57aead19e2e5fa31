using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace WitBindgen.Wit.Tests.Conformance;

/// <summary>wit-parser's own UI suite: valid inputs must resolve to the same packages, worlds,
/// interfaces, types and functions as its <c>.wit.json</c>; invalid ones must be rejected where it rejects them.</summary>
public sealed class ParserUiTests
{
    private readonly ITestOutputHelper _output;

    public ParserUiTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> ValidCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in ParserUiCorpus.ValidCases().Where(n => !ParserUiCorpus.Excluded.ContainsKey(n)))
        {
            data.Add(name);
        }

        if (data.Count == 0)
        {
            data.Add("<no conformance material>");
        }

        return data;
    }

    public static TheoryData<string> FailCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in ParserUiCorpus.FailCases())
        {
            data.Add(name);
        }

        if (data.Count == 0)
        {
            data.Add("<no conformance material>");
        }

        return data;
    }

    [ConformanceTheory]
    [MemberData(nameof(ValidCases))]
    public void Valid_case_resolves_like_wit_parser(string name)
    {
        var (ok, detail) = CompareValid(name);
        ok.ShouldBeTrue(detail);
    }

    [ConformanceTheory]
    [MemberData(nameof(FailCases))]
    public void Failing_case_is_rejected(string name)
    {
        var result = ParserUiCorpus.ResolvePath(Path.Combine(ParserUiCorpus.Root!, "parse-fail", name));
        result.HasErrors.ShouldBeTrue($"{name} should be rejected: {ParserUiCorpus.ExpectedMessage(name)}");
    }

    [ConformanceFact]
    public void Valid_cases_pass_count()
    {
        var names = ParserUiCorpus.ValidCases().ToList();
        var failures = new List<string>();
        var passed = 0;
        foreach (var name in names.Where(n => !ParserUiCorpus.Excluded.ContainsKey(n)))
        {
            var (ok, detail) = CompareValid(name);
            if (ok)
            {
                passed++;
            }
            else
            {
                failures.Add($"{name}: {FirstLine(detail)}");
            }
        }

        _output.WriteLine($"wit-parser-ui valid cases: {passed} of {names.Count} pass ({ParserUiCorpus.Excluded.Count} excluded: {string.Join(", ", ParserUiCorpus.Excluded.Select(e => $"{e.Key} ({e.Value})"))})");
        foreach (var failure in failures)
        {
            _output.WriteLine("  FAIL " + failure);
        }

        passed.ShouldBe(names.Count - ParserUiCorpus.Excluded.Count, string.Join("\n", failures));
    }

    [ConformanceFact]
    public void Failing_cases_are_rejected_at_wit_parsers_location()
    {
        var names = ParserUiCorpus.FailCases().ToList();
        var rejected = 0;
        var located = 0;
        var misses = new List<string>();
        foreach (var name in names)
        {
            var caseDir = Path.Combine(ParserUiCorpus.Root!, "parse-fail");
            var result = ParserUiCorpus.ResolvePath(Path.Combine(caseDir, name));
            var error = result.Diagnostics.FirstOrDefault(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
            if (error is null)
            {
                misses.Add($"{name}: accepted, expected: {ParserUiCorpus.ExpectedMessage(name)}");
                continue;
            }

            rejected++;
            var expected = ParserUiCorpus.ExpectedLocations(name);
            var actual = error.Location is { } l
                ? $"{Path.GetRelativePath(caseDir, l.Path).Replace('\\', '/')}:{l.Line}:{l.Column}"
                : "<no location>";
            if (expected.Count == 0 || expected.Contains(actual))
            {
                located++;
            }
            else
            {
                misses.Add($"{name}: at {actual}, expected {string.Join(" or ", expected)}: {ParserUiCorpus.ExpectedMessage(name)} | ours: {error.Message}");
            }
        }

        var percent = names.Count == 0 ? 0 : 100.0 * located / names.Count;
        _output.WriteLine($"parse-fail cases: {rejected} of {names.Count} rejected, {located} at wit-parser's file:line:col ({percent:F1}%)");
        foreach (var miss in misses)
        {
            _output.WriteLine("  MISS " + miss);
        }

        rejected.ShouldBe(names.Count, string.Join("\n", misses));
        percent.ShouldBeGreaterThanOrEqualTo(95.0, string.Join("\n", misses));
    }

    internal static (bool Ok, string Detail) CompareValid(string name)
    {
        var result = ParserUiCorpus.ResolvePath(ParserUiCorpus.ValidInput(name));
        if (result.HasErrors || result.Model is null)
        {
            return (false, "did not resolve: " + string.Join("\n", result.Diagnostics));
        }

        var expected = CanonicalResolve.Format(ExpectedResolveJson.Canonicalize(File.ReadAllText(Path.Combine(ParserUiCorpus.Root!, name + ".wit.json"))));
        var actual = CanonicalResolve.Format(ActualResolveJson.Canonicalize(result.Model));
        return expected == actual ? (true, string.Empty) : (false, "differs from .wit.json:\n" + TextDiff.FirstDifference(expected, actual));
    }

    private static string FirstLine(string text) => text.Split('\n').Take(6).Aggregate((a, b) => a + " | " + b);
}
