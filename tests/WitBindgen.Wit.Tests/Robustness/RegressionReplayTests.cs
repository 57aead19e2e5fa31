using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Robustness;

/// <summary>
/// Replays every input in <c>Regressions/</c>: inputs that once crashed or hung the front end (found by
/// <see cref="MutationRobustnessTests"/>) and hand-written hostile ones. Runs without the conformance material.
/// </summary>
public sealed class RegressionReplayTests
{
    [Fact]
    public void Every_stored_regression_ends_in_a_result_with_located_diagnostics()
    {
        var entries = RegressionStore.Entries();
        entries.ShouldNotBeEmpty("Regressions/ keeps hand-written hostile inputs, so it is never empty");

        var failures = new List<string>();
        foreach (var entry in entries)
        {
            var (input, loadDiagnostics) = WitInputLoader.Load(entry, ["active"]);
            var problem = input is null
                ? $"could not be loaded: {string.Join("; ", loadDiagnostics)}"
                : ResolveProbe.Check(input);
            if (problem is not null)
            {
                failures.Add($"{Path.GetFileName(entry)} {problem}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }
}
