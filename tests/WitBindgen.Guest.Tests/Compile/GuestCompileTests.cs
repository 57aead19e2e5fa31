using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Infrastructure;
using WitBindgen.Wit.Model;
using Xunit.Abstractions;

namespace WitBindgen.Guest.Tests.Compile;

/// <summary>
/// Every world of the shared WIT corpora generates guest bindings that compile (unsafe allowed, nullable,
/// warnings as errors), or is refused with a "not supported yet" diagnostic, listed in the test output.
/// Each world gets its own root namespace so that many worlds can share one compilation.
/// </summary>
public sealed class GuestCompileTests(ITestOutputHelper output)
{
    private static readonly string[] UnsupportedIds = { "WIT0304", "WIT0305", "WIT0306" };

    [ConformanceFact]
    public void Wit_bindgen_codegen_worlds_compile() =>
        Gate(Entries(TestPaths.ConformanceDir("wit-bindgen-codegen")!));

    [ConformanceFact]
    public void Wasi_worlds_compile() =>
        Gate(Directory.GetDirectories(TestPaths.ConformanceDir("wasi-wit")!));

    [ConformanceFact]
    public void Component_worlds_compile() =>
        Gate(Directory.GetDirectories(Path.Combine(TestPaths.ConformanceDir("components")!, "wit")));

    private static string[] Entries(string dir) =>
        Directory.GetFileSystemEntries(dir).Where(e => Directory.Exists(e) || e.EndsWith(".wit", StringComparison.Ordinal)).ToArray();

    private void Gate(IEnumerable<string> inputs)
    {
        var failures = new List<string>();
        var unsupported = new List<string>();
        var generated = new List<(string Label, IReadOnlyList<(string Name, string Text)> Files)>();
        foreach (var path in inputs.OrderBy(p => p, StringComparer.Ordinal))
        {
            var (model, problems) = WitSource.Load(path);
            if (model is null)
            {
                failures.Add($"{Path.GetFileName(path)} does not resolve: {problems}");
                continue;
            }

            foreach (var world in RootWorlds(model))
            {
                var label = $"{Path.GetFileName(path)} {world}";
                var result = CSharpGenerator.Generate(model, new CodeGenOptions(world, BindingMode.Guest, $"World{generated.Count + unsupported.Count + failures.Count}", false));
                var refused = result.Diagnostics.Where(d => UnsupportedIds.Contains(d.Id)).ToList();
                var unexpected = result.Diagnostics.Except(refused).ToList();
                if (unexpected.Count > 0)
                {
                    failures.Add($"{label}: {string.Join(" | ", unexpected)}");
                }
                else if (refused.Count > 0)
                {
                    unsupported.Add($"{label}: " + string.Join(", ", refused.GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()} ({g.First().Message.Split('.')[0]})")));
                }
                else
                {
                    generated.Add((label, result.Files.Select(f => ($"{label}/{f.HintName}", f.Text)).ToList()));
                }
            }
        }

        foreach (var (label, errors) in BatchCompiler.Compile(generated).Where(r => r.Errors.Count > 0))
        {
            failures.Add($"{label}: {errors.Count} errors, first: {string.Join("\n  ", errors.Take(3))}");
        }

        output.WriteLine($"{generated.Count - failures.Count} worlds compiled, {unsupported.Count} not supported yet, {failures.Count} failed");
        failures.ForEach(f => output.WriteLine("FAILED " + f));
        unsupported.ForEach(u => output.WriteLine("not supported yet: " + u));
        failures.ShouldBeEmpty();
        generated.Count.ShouldBeGreaterThan(0);
    }

    private static IEnumerable<string> RootWorlds(WitModel model) =>
        Enumerable.Range(0, model.Worlds.Count)
            .Select(i => model.Worlds[i])
            .Where(w => model.RootPackages.Contains(w.Package))
            .Select(w => $"{model[w.Package].Name.NameWithoutVersion}/{w.Name}" + (model[w.Package].Name.Version is { } v ? "@" + v : string.Empty));
}
