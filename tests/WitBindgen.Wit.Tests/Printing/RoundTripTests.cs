using WitBindgen.Wit.Printing;
using WitBindgen.Wit.Resolution;
using WitBindgen.Wit.Tests.Conformance;

namespace WitBindgen.Wit.Tests.Printing;

/// <summary>
/// The printer's fixed point: printing a resolved corpus package, re-parsing and resolving that text on its own,
/// and printing again gives the same text. This checks both that the output re-parses without the original files
/// and that nothing is lost or reordered between the model and the text.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> ParserUiCases() => Cases(ParserUiCorpus.ValidCases()
        .Where(n => !ParserUiCorpus.Excluded.ContainsKey(n))
        .Select(n => "wit-parser-ui/" + n));

    public static TheoryData<string> WasiPackages() => Cases(Entries("wasi-wit", directoriesOnly: true));

    public static TheoryData<string> CodegenTests() => Cases(Entries("wit-bindgen-codegen", directoriesOnly: false));

    [ConformanceTheory]
    [MemberData(nameof(ParserUiCases))]
    public void Parser_ui_case_prints_to_a_fixed_point(string name) =>
        AssertFixedPoint(InputPath(name), ParserUiCorpus.Features);

    [ConformanceTheory]
    [MemberData(nameof(WasiPackages))]
    public void Wasi_package_prints_to_a_fixed_point(string name) =>
        AssertFixedPoint(InputPath(name), Array.Empty<string>());

    [ConformanceTheory]
    [MemberData(nameof(CodegenTests))]
    public void Codegen_test_prints_to_a_fixed_point(string name) =>
        AssertFixedPoint(InputPath(name), Array.Empty<string>());

    private static void AssertFixedPoint(string path, IReadOnlyList<string> features)
    {
        var (input, loadDiagnostics) = WitInputLoader.Load(path, features);
        loadDiagnostics.ShouldBeEmpty();
        var original = WitResolver.Resolve(input!);
        original.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).ShouldBeEmpty(string.Join("\n", original.Diagnostics));

        var printed = WitPrinter.Print(original.Model!);
        var reparsed = Resolve(printed, features);
        reparsed.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error)
            .ShouldBeEmpty($"{string.Join("\n", reparsed.Diagnostics)}\n--- printed ---\n{printed}");

        var reprinted = WitPrinter.Print(reparsed.Model!);
        reprinted.ShouldBe(printed);
        reparsed.Model!.Packages.Count.ShouldBe(original.Model!.Packages.Count);
    }

    private static ResolveResult Resolve(string text, IReadOnlyList<string> features) => WitResolver.Resolve(new WitInput(
        EquatableArray.Create(new SourceFile("printed.wit", text)),
        EquatableArray<DependencyGroup>.Empty,
        features.ToArray()));

    private static string InputPath(string name)
    {
        var slash = name.IndexOf('/');
        var corpus = name.Substring(0, slash);
        var entry = name.Substring(slash + 1);
        if (corpus == "wit-parser-ui")
        {
            return ParserUiCorpus.ValidInput(entry);
        }

        // wit-bindgen's directory tests keep their package directory in NAME/wit/.
        var path = Path.Combine(TestPaths.ConformanceDir(corpus)!, entry);
        return Directory.Exists(Path.Combine(path, "wit")) ? Path.Combine(path, "wit") : path;
    }

    private static IEnumerable<string> Entries(string corpus, bool directoriesOnly)
    {
        if (TestPaths.ConformanceDir(corpus) is not { } dir)
        {
            return Array.Empty<string>();
        }

        var names = Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>();
        if (!directoriesOnly)
        {
            names = names.Concat(Directory.EnumerateFiles(dir, "*.wit").Select(Path.GetFileName).OfType<string>());
        }

        return names.OrderBy(n => n, StringComparer.Ordinal).Select(n => corpus + "/" + n);
    }

    private static TheoryData<string> Cases(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        if (data.Count == 0)
        {
            data.Add("<no conformance material>");
        }

        return data;
    }
}
