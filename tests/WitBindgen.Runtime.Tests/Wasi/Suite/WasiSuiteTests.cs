using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// The wasi-testsuite programs on the Wasmtime backend against their specifications (ORIGIN.md): every program meets
/// it except the four whose failure belongs to the preview1 adapter or the guest, and those end exactly as recorded.
/// </summary>
public sealed class WasiSuiteTests(ITestOutputHelper output)
{
    public static TheoryData<string> Programs => WasiSuiteProgram.Names;

    [ConformanceFact]
    public void The_suite_holds_its_72_programs_and_the_four_expected_failures_are_among_them()
    {
        WasiSuiteProgram.All.Count.ShouldBe(72);
        WasiSuiteProgram.All.Keys.Count(name => name.StartsWith("c/", StringComparison.Ordinal)).ShouldBe(14);
        WasiSuiteProgram.All.Keys.Count(name => name.StartsWith("rust/", StringComparison.Ordinal)).ShouldBe(46);
        WasiSuiteExpectedFailure.All.Keys.ShouldBeSubsetOf(WasiSuiteProgram.All.Keys);
    }

    [ConformanceTheory]
    [MemberData(nameof(Programs))]
    public void The_program_meets_its_specification_on_the_Wasmtime_backend(string name)
    {
        var program = WasiSuiteProgram.All[name];

        var outcome = WasiSuiteRunner.RunOnWasmtime(program);

        output.WriteLine(outcome.Summary);
        if (WasiSuiteExpectedFailure.All.TryGetValue(name, out var failure))
        {
            output.WriteLine("expected to fail: " + failure.Why);
            outcome.ExitCode.ShouldBe(failure.ExitCode, outcome.Summary);
            outcome.Trap.ShouldBe(failure.Trap, outcome.Summary);
            if (failure.Trap is not null)
            {
                outcome.TrapMessage.ShouldNotBeNull().TrimEnd().ShouldEndWith("wasm trap: wasm `unreachable` instruction executed", Case.Sensitive, outcome.Summary);
            }

            outcome.StdoutText.ShouldBe(failure.Stdout);
            outcome.StderrText.ShouldBe(failure.Stderr);
            return;
        }

        outcome.Trap.ShouldBeNull(outcome.Summary);
        outcome.ExitCode.ShouldBe(program.ExitCode, outcome.Summary);
        if (program.Stdout is { } stdout)
        {
            outcome.StdoutText.ShouldBe(stdout);
        }

        if (program.Stderr is { } stderr)
        {
            outcome.StderrText.ShouldBe(stderr);
        }
    }
}
