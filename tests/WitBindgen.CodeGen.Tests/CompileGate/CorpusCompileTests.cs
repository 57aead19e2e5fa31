using WitBindgen.CodeGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WitBindgen.CodeGen.Tests.CompileGate;

/// <summary>The repository's own corpus (Corpus/*.wit) compiles in both modes, every world of every file.</summary>
public sealed class CorpusCompileTests(ITestOutputHelper output)
{
    /// <summary>
    /// The worlds of the corpus a mode refuses today (with WIT03xx diagnostics instead of code), by file, world
    /// and mode. Resources are not bound by either mode yet; empty this list when they are.
    /// </summary>
    internal static readonly string[] RefusedUntilResourcesAreSupported =
    {
        "resources.wit corpus:resources/resources [Host]",
        "resources.wit corpus:resources/resources [Guest]",
    };

    public static TheoryData<string> Inputs() => new(Directory.GetFiles(CorpusDirectory, "*.wit").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!);

    internal static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_world_compiles(string file)
    {
        var (model, problems) = WitSource.Load(Path.Combine(CorpusDirectory, file), new[] { "fancy-types" });
        model.ShouldNotBeNull(problems);

        var outcomes = WorldGate.Run(file, model).ToList();

        output.WriteLine(WorldGate.Report(outcomes));
        outcomes.Count.ShouldBeGreaterThan(0);
        outcomes.Where(o => o.Failure is not null).Select(o => $"{o.World} [{o.Mode}]: {o.Failure}").ShouldBeEmpty();
        outcomes.Where(o => o.Unsupported.Count > 0).Select(o => $"{o.Input} {o.World} [{o.Mode}]")
            .ShouldBe(RefusedUntilResourcesAreSupported.Where(r => r.StartsWith(file + " ", StringComparison.Ordinal)));
    }
}
