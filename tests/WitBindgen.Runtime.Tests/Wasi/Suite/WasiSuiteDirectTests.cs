using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// The wasi-testsuite programs on the direct backend (explicitly, not through Auto) against their Wasmtime backend
/// runs: the same exit code or trap, the same stdout and stderr bytes, the same preopened tree afterwards. A program
/// the runtime refuses on the direct backend is skipped with the runtime's reason.
/// </summary>
public sealed class WasiSuiteDirectTests(ITestOutputHelper output)
{
    public static TheoryData<string> Programs => WasiSuiteProgram.Names;

    [DirectTheory(typeof(WasiSuiteDirectRefusal))]
    [MemberData(nameof(Programs))]
    public void The_program_behaves_on_the_direct_backend_as_on_the_Wasmtime_backend(string name)
    {
        var program = WasiSuiteProgram.All[name];
        var expected = WasiSuiteRunner.RunOnWasmtime(program);

        var actual = WasiSuiteRunner.RunOnDirect(program);

        output.WriteLine("direct: " + actual.Summary);
        output.WriteLine("wasmtime: " + expected.Summary);
        ShouldMatch(name, actual, expected);
    }

    [ConformanceFact]
    public void Two_Wasmtime_runs_of_each_program_compare_equal_so_a_direct_difference_is_the_backend_s()
    {
        foreach (var program in WasiSuiteProgram.All.Values)
        {
            ShouldMatch(program.Name, WasiSuiteRunner.RunOnWasmtime(program, remember: false), WasiSuiteRunner.RunOnWasmtime(program));
        }
    }

    [ConformanceFact]
    public void The_direct_backend_loads_each_core_module_the_programs_share_once()
    {
        var accepted = WasiSuiteProgram.All.Values.Where(program => WasiSuiteRunner.DirectRefusal(program) is null).ToArray();
        var distinct = accepted.SelectMany(WasiSuiteRunner.CoreModuleHashes).Distinct(StringComparer.Ordinal).Count();
        var all = WasiSuiteProgram.All.Values.SelectMany(WasiSuiteRunner.CoreModuleHashes).ToArray();
        var cache = WasiSuiteRunner.DirectEngine.Cache!;
        var wasmtime = WasiSuiteRunner.WasmtimeEngine.Cache!;

        output.WriteLine($"the {WasiSuiteProgram.All.Count} programs embed {all.Length} core modules, {all.Distinct(StringComparer.Ordinal).Count()} distinct");
        output.WriteLine($"direct: {accepted.Length} of {WasiSuiteProgram.All.Count} programs accepted, {distinct} distinct core modules, " +
            $"{cache.Misses} compiled and {cache.Hits} read from the disk cache");
        output.WriteLine($"wasmtime: {wasmtime.Misses} components compiled and {wasmtime.Hits} read from the disk cache");
        (cache.Misses + cache.Hits).ShouldBe(distinct);
    }

    private static void ShouldMatch(string name, WasiSuiteOutcome actual, WasiSuiteOutcome expected)
    {
        actual.ExitCode.ShouldBe(expected.ExitCode, $"{name}: {actual.Summary}");
        actual.Trap.ShouldBe(expected.Trap, $"{name}: {actual.Summary}");
        WasiSuiteOrderFreeOutput.Comparable(name, actual.Stdout).ShouldBe(WasiSuiteOrderFreeOutput.Comparable(name, expected.Stdout), $"{name}: stdout '{actual.StdoutText}'");
        actual.Stderr.ShouldBe(expected.Stderr, $"{name}: stderr '{actual.StderrText}'");
        actual.Tree.Differences(expected.Tree).ShouldBeEmpty(name);
    }
}
