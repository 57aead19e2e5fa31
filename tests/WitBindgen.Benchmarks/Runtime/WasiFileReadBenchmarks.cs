using System.Globalization;
using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// A 100 MB file in a preopened directory read to its end by a guest (tests/components/wasi-bench, <c>fd_read</c>
/// through the preview1 adapter) in chunks of <see cref="Chunk"/> bytes, against the floor: the same file read from
/// .NET with an unbuffered <see cref="FileStream"/> in the same chunks. The guest row includes a new store and
/// instance; the file stays in the page cache between runs; each backend the guest runs on is a row.
/// </summary>
[MemoryDiagnoser]
public class WasiFileReadBenchmarks : WasiBenchGuestBenchmarks
{
    private string _directory = null!;
    private string _file = null!;
    private byte[] _buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        LoadGuest();
        _directory = Path.Combine(Path.GetTempPath(), "witbindgen-wasi-read-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _file = Path.Combine(_directory, "input.bin");
        var bytes = new byte[Total];
        new Random(1).NextBytes(bytes);
        File.WriteAllBytes(_file, bytes);
        _buffer = new byte[Chunk];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Guest.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public long Dotnet_reads_with_a_file_stream()
    {
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        long total = 0;
        int read;
        while ((read = stream.Read(_buffer, 0, Chunk)) > 0)
        {
            total += read;
        }

        return total;
    }

    [Benchmark]
    public void Guest_reads_a_preopened_file()
    {
        Guest.Run(new WasiConfiguration().WithPreopenedDirectory(_directory, "/data"),
            "read", "/data/input.bin", Chunk.ToString(CultureInfo.InvariantCulture));
    }
}
