using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>
/// The conformance components, the JavaScript all-types component and the PluginHost example's plugin give the same
/// results, failures and output on the direct backend as on the Wasmtime backend, call for call; a component the
/// direct backend refuses is skipped with the runtime's reason.
/// </summary>
public sealed class ExportComparisonTests(ITestOutputHelper output)
{
    /// <summary>
    /// Components on which the backends differ today, asserted exactly: a C guest whose assertion fails writes the
    /// message to stderr through its <c>wasi:cli/stdin@0.2.0</c>-era imports, which the direct backend binds to its
    /// WASI 0.2.12 and the Wasmtime backend's linker leaves to the trapping stubs (Wasmtime reports
    /// <c>wasi:cli/stdin@0.2.0#get-stdin</c> as not defined), so only the direct run's stderr holds the message.
    /// </summary>
    private static readonly HashSet<string> KnownStderrDivergence = new(StringComparer.Ordinal) { "flavorful", "lists", "many-arguments", "variants" };

    public static TheoryData<string> Components => ComparedComponents.Names;

    /// <summary>all-types is left out: its JavaScript engine takes seconds to instantiate for each export.</summary>
    public static TheoryData<string> QuickComponents => new(ComparedComponents.All.Where(name => name != "all-types"));

    [Theory]
    [MemberData(nameof(QuickComponents))]
    public void Two_transcripts_on_the_Wasmtime_backend_are_the_same_so_a_direct_difference_is_the_backend_s(string name)
    {
        var path = ComparedComponents.PathOf(name);
        var first = ExportComparison.Transcript(ComparedComponents.OnWasmtime(name), path);

        var second = ExportComparison.Transcript(ComparedComponents.OnWasmtime(name), path);

        second.ShouldBe(first);
    }

    [DirectTheory(typeof(ComparedComponentRefusal), needsConformance: false)]
    [MemberData(nameof(Components))]
    public void The_component_s_exports_give_the_same_on_both_backends(string name)
    {
        var path = ComparedComponents.PathOf(name);
        var expected = ExportComparison.Transcript(ComparedComponents.OnWasmtime(name), path);

        var actual = ExportComparison.Transcript(ComparedComponents.OnDirect(name), path);

        foreach (var line in expected)
        {
            output.WriteLine(line);
        }

        expected.ShouldNotBeEmpty();
        actual.Count.ShouldBe(expected.Count, name);
        var differences = Enumerable.Range(0, expected.Count).Where(i => actual[i] != expected[i]).ToArray();
        if (!KnownStderrDivergence.Contains(name))
        {
            differences.ShouldBeEmpty($"{name} differs at call(s) {string.Join(", ", differences)}: {string.Join(" | ", differences.Select(i => actual[i]))}");
            return;
        }

        differences.ShouldNotBeEmpty($"the backends agree on {name} now: take it out of {nameof(KnownStderrDivergence)}");
        foreach (var i in differences)
        {
            expected[i].ShouldEndWith(", stderr ", Case.Sensitive, name);
            actual[i].ShouldContain(", stderr " + Convert.ToHexString("Assertion failed: "u8), Case.Sensitive, name);
        }
    }
}
