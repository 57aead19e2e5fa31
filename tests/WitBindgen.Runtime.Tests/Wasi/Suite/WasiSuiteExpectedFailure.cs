namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// A program that does not meet its specification on the Wasmtime backend for a reason outside the host (ORIGIN.md),
/// with exactly how it ends instead, so a change in either direction shows. A trap is the guest's <c>unreachable</c>.
/// </summary>
internal sealed record WasiSuiteExpectedFailure(string Name, string Why, int? ExitCode, string? Trap, string Stdout, string Stderr)
{
    /// <summary>The four of ORIGIN.md, by program name.</summary>
    public static IReadOnlyDictionary<string, WasiSuiteExpectedFailure> All { get; } = new WasiSuiteExpectedFailure[]
    {
        new("assemblyscript/args_get-multiple-arguments", "the preview1 adapter asserts on the guest's argument buffers",
            null, "WitTrapException", "", "assertion failed at adapter line 2858"),
        new("assemblyscript/environ_get-multiple-variables", "the preview1 adapter asserts on the guest's environment buffers",
            null, "WitTrapException", "", "assertion failed at adapter line 2858"),
        new("assemblyscript/fd_write-to-invalid-fd", "the guest aborts when its write to an invalid descriptor fails",
            1, null, "", "abort:  in src_input.ts(11:1)\n"),
        new("assemblyscript/proc_exit-failure", "WASI 0.2.0's exit carries only ok or err, so the status 33 becomes 1",
            1, null, "", ""),
    }.ToDictionary(failure => failure.Name, StringComparer.Ordinal);
}
