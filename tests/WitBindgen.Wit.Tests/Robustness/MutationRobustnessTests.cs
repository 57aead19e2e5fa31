using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>
/// Damaged WIT must never crash or hang the front end: every mutated input has to end in a
/// <see cref="ResolveResult"/> whose diagnostics point at the text. Inputs that break this are kept in
/// <c>Regressions/</c>, which <see cref="RegressionReplayTests"/> replays on every run.
/// </summary>
public sealed class MutationRobustnessTests
{
    private const int Seed = 20261124;
    private const int MutationCount = 3000;
    private const int MaxReportedFailures = 10;

    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    [ConformanceFact]
    public void Mutated_corpus_inputs_always_end_in_a_result_with_located_diagnostics()
    {
        var corpus = RobustnessCorpus.Load();
        corpus.Count.ShouldBeGreaterThan(100, "the conformance corpora should provide a few hundred inputs");

        var random = new Random(Seed);
        var failures = new List<string>();
        for (var i = 0; i < MutationCount; i++)
        {
            var input = corpus[random.Next(corpus.Count)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var mutated = Mutate(input, kind, random);

            if (ResolveProbe.Check(mutated) is { } problem)
            {
                var saved = RegressionStore.Save(mutated);
                failures.Add($"{kind} of {input.RootFiles[0].Path} {problem}; kept as {saved}");
            }
        }

        failures.ShouldBeEmpty(
            $"{failures.Count} of {MutationCount} mutated inputs broke the front end:{Environment.NewLine}" +
            string.Join(Environment.NewLine, failures.Take(MaxReportedFailures)));
    }

    /// <summary>Mutates one root file of the input, chosen by <paramref name="random"/>.</summary>
    private static WitInput Mutate(WitInput input, MutationKind kind, Random random)
    {
        var files = input.RootFiles.ToArray();
        var index = random.Next(files.Length);
        files[index] = files[index] with { Text = WitMutator.Mutate(files[index].Text, kind, random) };
        return input with { RootFiles = files.ToEquatableArray() };
    }
}
