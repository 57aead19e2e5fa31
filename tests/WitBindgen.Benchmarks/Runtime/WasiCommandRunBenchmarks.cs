using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// The fixed cost of running a WASI command: the guest (tests/components/wasi-bench) reads a 1-byte file from a
/// preopened directory, so a run is almost all setup (a new <see cref="WasiConfiguration"/>, store and instance, the
/// call of <c>wasi:cli/run</c>, the teardown) and that setup is part of every command a host runs. Each backend the
/// guest runs on is a row.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WasiCommandRunBenchmarks
{
    private WasiBenchGuest _guest = null!;
    private string _directory = null!;

    /// <summary>The backend the guest runs on.</summary>
    [ParamsSource(nameof(Backends))]
    public ComponentBackend Backend { get; set; }

    /// <summary>The backends the guest runs on.</summary>
    public static IEnumerable<ComponentBackend> Backends() => WasiBenchGuest.Backends();

    [GlobalSetup]
    public void Setup()
    {
        _guest = new WasiBenchGuest(Backend);
        _directory = Path.Combine(Path.GetTempPath(), "witbindgen-wasi-run-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        File.WriteAllBytes(Path.Combine(_directory, "input.bin"), [42]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _guest.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public void Guest_reads_a_one_byte_file()
    {
        _guest.Run(new WasiConfiguration().WithPreopenedDirectory(_directory, "/data"), "read", "/data/input.bin", "4096");
    }
}
