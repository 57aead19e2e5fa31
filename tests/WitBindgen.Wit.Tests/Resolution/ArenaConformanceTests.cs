using System.Text.Json.Nodes;
using WitBindgen.Wit.Tests.Conformance;
using Xunit.Abstractions;

namespace WitBindgen.Wit.Tests.Resolution;

/// <summary>
/// Stricter than the canonical comparison: the resolver allocates packages, interfaces, worlds and types
/// in wit-parser's order, so its model written as wit-parser's JSON equals the <c>.wit.json</c> itself,
/// arena index for arena index (map entries in the same order too).
/// </summary>
public sealed class ArenaConformanceTests
{
    private readonly ITestOutputHelper _output;

    public ArenaConformanceTests(ITestOutputHelper output) => _output = output;

    [ConformanceFact]
    public void Valid_cases_match_wit_parsers_json_index_for_index()
    {
        var mismatches = new List<string>();
        var names = ParserUiCorpus.ValidCases().Where(n => !ParserUiCorpus.Excluded.ContainsKey(n)).ToList();
        foreach (var name in names)
        {
            var result = ParserUiCorpus.ResolvePath(ParserUiCorpus.ValidInput(name));
            if (result.Model is null)
            {
                mismatches.Add($"{name}: did not resolve");
                continue;
            }

            var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(ParserUiCorpus.Root!, name + ".wit.json")))!;
            var actual = WitParserJson.Write(result.Model);
            if (FirstDifference(expected, actual, "$") is { } difference)
            {
                mismatches.Add($"{name}: {difference}");
            }
        }

        _output.WriteLine($"{names.Count - mismatches.Count} of {names.Count} match index for index");
        mismatches.ShouldBeEmpty(string.Join("\n", mismatches));
    }

    /// <summary>Compares two JSON trees; object members must also come in the same order.</summary>
    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                var ek = e.Select(p => p.Key).ToList();
                var ak = a.Select(p => p.Key).ToList();
                if (!ek.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(ak.OrderBy(k => k, StringComparer.Ordinal)))
                {
                    return $"{path}: keys [{string.Join(", ", ek)}] vs [{string.Join(", ", ak)}]";
                }

                foreach (var key in ek)
                {
                    if (FirstDifference(e[key], a[key], $"{path}.{key}") is { } d)
                    {
                        return d;
                    }
                }

                return ek.SequenceEqual(ak) || !IsMap(path) ? null : $"{path}: order [{string.Join(", ", ek)}] vs [{string.Join(", ", ak)}]";
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items vs {a.Count}";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } d)
                    {
                        return d;
                    }
                }

                return null;
            default:
                return expected?.ToJsonString() == actual?.ToJsonString() ? null : $"{path}: {expected?.ToJsonString()} vs {actual?.ToJsonString()}";
        }
    }

    // Objects that stand for ordered maps (as opposed to records, whose member order is the serializer's).
    private static bool IsMap(string path) =>
        path.EndsWith(".imports", StringComparison.Ordinal) || path.EndsWith(".exports", StringComparison.Ordinal)
        || path.EndsWith(".types", StringComparison.Ordinal) || path.EndsWith(".functions", StringComparison.Ordinal)
        || path.EndsWith(".interfaces", StringComparison.Ordinal) || path.EndsWith(".worlds", StringComparison.Ordinal);
}
