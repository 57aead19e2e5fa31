namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>Whether the direct backend refuses a wasi-testsuite program (the row's first value is its name).</summary>
public sealed class WasiSuiteDirectRefusal : IDirectRefusal
{
    /// <inheritdoc />
    public string? Refusal(object?[] row) => WasiSuiteRunner.DirectRefusal(WasiSuiteProgram.All[(string)row[0]!]);
}
