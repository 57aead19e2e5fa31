using System.Text;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>
/// The WASI benchmarks' guest (tests/components/wasi-bench) does what the benchmarks measure: it writes the bytes
/// asked for to stdout, reads a preopened file to its end, and its clock waits never end early; and it does the same
/// on the direct backend, skipped with the runtime's reason while that refuses it.
/// </summary>
public sealed class WasiBenchComponentTests(ITestOutputHelper output)
{
    private const long Wait = 10_000_000;

    public static TheoryData<string> Bench => new() { "wasi-bench" };

    [Fact]
    public void The_guest_writes_reads_and_waits_as_told_on_the_Wasmtime_backend()
    {
        var component = ComparedComponents.OnWasmtime("wasi-bench");

        var (exit, written) = Run(component, "write", "1000000", "4096");
        exit.ShouldBe(0);
        written.ShouldBe(Enumerable.Repeat((byte)'x', 1_000_000).ToArray());

        var (readExit, read) = Run(component, "read", "/data/input.bin", "65536");
        readExit.ShouldBe(0);
        Encoding.UTF8.GetString(read).ShouldBe("300000\n");

        var (sleepExit, waits) = Run(component, "sleep", "3", Wait.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sleepExit.ShouldBe(0);
        var took = Encoding.UTF8.GetString(waits).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        output.WriteLine("waits of 10 ms took (ns): " + string.Join(", ", took));
        took.Length.ShouldBe(3);
        took.ShouldAllBe(ns => ns >= Wait);

        // Bad arguments exit with 2, which WASI 0.2.0's exit (ok or err only) turns into 1.
        Run(component, "unknown", "1", "2").Exit.ShouldBe(1);
    }

    [DirectTheory(typeof(ComparedComponentRefusal), needsConformance: false)]
    [MemberData(nameof(Bench))]
    public void The_guest_writes_and_reads_the_same_on_both_backends(string name)
    {
        var wasmtime = ComparedComponents.OnWasmtime(name);
        var direct = ComparedComponents.OnDirect(name);

        Run(direct, "write", "1000000", "4096").Stdout.ShouldBe(Run(wasmtime, "write", "1000000", "4096").Stdout);
        Run(direct, "read", "/data/input.bin", "65536").Stdout.ShouldBe(Run(wasmtime, "read", "/data/input.bin", "65536").Stdout);
        var (exit, waits) = Run(direct, "sleep", "3", Wait.ToString(System.Globalization.CultureInfo.InvariantCulture));
        exit.ShouldBe(0);
        Encoding.UTF8.GetString(waits).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ShouldAllBe(ns => ns >= Wait);
    }

    /// <summary>Runs the command with a preopened <c>/data</c> holding a 300,000-byte <c>input.bin</c>: its exit code (1 for err) and stdout.</summary>
    private static (int Exit, byte[] Stdout) Run(WasmComponent component, params string[] args)
    {
        var root = Path.Combine(Path.GetTempPath(), "witbindgen-wasi-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllBytes(Path.Combine(root, "input.bin"), new byte[300_000]);
            var stdout = new WasiOutputBuffer();
            var wasi = new WasiConfiguration().WithArgs(["wasi-bench.wasm", .. args]).CaptureStandardOutput(stdout).WithPreopenedDirectory(root, "/data");
            using var store = new ComponentStore(component.Engine, wasi) { CallTimeout = TimeSpan.FromSeconds(10) };
            using var linker = new ComponentLinker(component.Engine);
            linker.AddWasiPreview2();
            var results = new ComponentVal[1];
            try
            {
                linker.Instantiate(store, component).GetFunction("wasi:cli/run@0.2.0", "run").Call([], results);
                return (results[0].IsOk ? 0 : 1, stdout.ToArray());
            }
            catch (WitRuntimeException error) when (error.ExitStatus is { } status)
            {
                return (status, stdout.ToArray());
            }
            finally
            {
                ComponentVal.Free(results);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
