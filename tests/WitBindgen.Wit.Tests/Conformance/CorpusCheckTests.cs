using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Conformance;

/// <summary>The WASI 0.2 packages and wit-bindgen's codegen corpus must check clean.</summary>
public sealed class CorpusCheckTests
{
    public static TheoryData<string> WasiPackages() => Entries("wasi-wit", directoriesOnly: true);

    public static TheoryData<string> CodegenTests() => Entries("wit-bindgen-codegen", directoriesOnly: false);

    [ConformanceTheory]
    [MemberData(nameof(WasiPackages))]
    public void Wasi_package_checks_clean(string name) => AssertClean(Path.Combine(TestPaths.ConformanceDir("wasi-wit")!, name));

    [ConformanceTheory]
    [MemberData(nameof(CodegenTests))]
    public void Codegen_test_checks_clean(string name) => AssertClean(Path.Combine(TestPaths.ConformanceDir("wit-bindgen-codegen")!, name));

    [ConformanceFact]
    public void Codegen_corpus_has_all_its_tests()
    {
        // 98 files and 3 directories: a smaller count means the corpus was not found whole.
        ((IEnumerable<object[]>)CodegenTests()).Count().ShouldBe(101);
    }

    private static void AssertClean(string path)
    {
        var (input, loadDiagnostics) = WitInputLoader.Load(path, Array.Empty<string>());
        loadDiagnostics.ShouldBeEmpty();
        var result = WitResolver.Resolve(input!);
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        result.Model.ShouldNotBeNull();
    }

    private static TheoryData<string> Entries(string corpus, bool directoriesOnly)
    {
        var data = new TheoryData<string>();
        if (TestPaths.ConformanceDir(corpus) is { } dir)
        {
            var names = Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>();
            if (!directoriesOnly)
            {
                names = names.Concat(Directory.EnumerateFiles(dir, "*.wit").Select(Path.GetFileName).OfType<string>());
            }

            foreach (var name in names.OrderBy(n => n, StringComparer.Ordinal))
            {
                data.Add(name);
            }
        }

        if (data.Count == 0)
        {
            data.Add("<no conformance material>");
        }

        return data;
    }
}
