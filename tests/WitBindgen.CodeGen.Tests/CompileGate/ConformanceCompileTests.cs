using WitBindgen.CodeGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WitBindgen.CodeGen.Tests.CompileGate;

/// <summary>
/// Every world of the shared WIT corpora generates C# that compiles (or is refused with a WIT03xx diagnostic,
/// listed in the test output so the gap stays visible).
/// </summary>
public sealed class ConformanceCompileTests(ITestOutputHelper output)
{
    [ConformanceFact]
    public void Wit_bindgen_codegen_worlds_compile() =>
        Gate(TestPaths.ConformanceDir("wit-bindgen-codegen")!, Entries, features: Array.Empty<string>());

    [ConformanceFact]
    public void Wasi_worlds_compile() =>
        Gate(TestPaths.ConformanceDir("wasi-wit")!, Directory.GetDirectories, features: Array.Empty<string>());

    [ConformanceFact]
    public void Wit_parser_valid_worlds_compile() =>
        Gate(TestPaths.ConformanceDir("wit-parser-ui")!, dir => Entries(dir).Where(e => !NotWitOnly.Contains(Path.GetFileName(e))).ToArray(), features: new[] { "active" });

    // parse-fail holds invalid inputs; kinds-of-deps needs deps given as .wat/.wasm, which were not copied (see ORIGIN.md).
    private static readonly string[] NotWitOnly = { "parse-fail", "kinds-of-deps" };

    private static string[] Entries(string dir) =>
        Directory.GetFileSystemEntries(dir)
            .Where(e => Directory.Exists(e) || e.EndsWith(".wit", StringComparison.Ordinal))
            .ToArray();

    private void Gate(string root, Func<string, string[]> inputs, string[] features)
    {
        var outcomes = new List<WorldOutcome>();
        var unresolved = new List<string>();
        foreach (var path in inputs(root).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var (model, problems) = WitSource.Load(path, features);
            if (model is null)
            {
                unresolved.Add($"{name}: {problems}");
                continue;
            }

            outcomes.AddRange(WorldGate.Run(name, model));
        }

        output.WriteLine(WorldGate.Report(outcomes));
        foreach (var u in unresolved)
        {
            output.WriteLine("does not resolve: " + u);
        }

        unresolved.ShouldBeEmpty();
        outcomes.Where(o => o.Failure is not null).Select(o => $"{o.Input} {o.World} [{o.Mode}]: {o.Failure}").ShouldBeEmpty();
        outcomes.Count.ShouldBeGreaterThan(0);
    }
}
