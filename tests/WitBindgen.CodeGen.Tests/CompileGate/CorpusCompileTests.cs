using WitBindgen.CodeGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WitBindgen.CodeGen.Tests.CompileGate;

/// <summary>The repository's own corpus (Corpus/*.wit) compiles in both modes, every world of every file.</summary>
public sealed class CorpusCompileTests(ITestOutputHelper output)
{
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
        outcomes.Where(o => o.Unsupported.Count > 0).Select(o => $"{o.Input} {o.World} [{o.Mode}]").ShouldBeEmpty("every construct of the own corpus is supported in both modes");
    }
}
