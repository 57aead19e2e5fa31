using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>
/// The conformance components, the JavaScript all-types component and the PluginHost example's plugin give the same
/// results, failures and output on the direct backend as on the Wasmtime backend, call for call; a component the
/// direct backend refuses is skipped with the runtime's reason.
/// </summary>
public sealed class ExportComparisonTests(ITestOutputHelper output)
{
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
        for (var i = 0; i < Math.Max(actual.Count, expected.Count); i++)
        {
            actual.ElementAtOrDefault(i).ShouldBe(expected.ElementAtOrDefault(i), $"call {i} of {name}");
        }
    }
}
