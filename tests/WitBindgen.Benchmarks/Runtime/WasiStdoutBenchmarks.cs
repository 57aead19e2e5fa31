using System.Globalization;
using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// 100 MB written to stdout by a guest (tests/components/wasi-bench, <c>fd_write</c> through the preview1 adapter) in
/// chunks of <see cref="Chunk"/> bytes and captured in a <see cref="MemoryStream"/>, against the floor: the same bytes
/// written from .NET to a <see cref="MemoryStream"/> in the same chunks. The guest row includes a new
/// store and instance (a command runs once per store); each backend the guest runs on is a row.
/// </summary>
[MemoryDiagnoser]
public class WasiStdoutBenchmarks : WasiBenchGuestBenchmarks
{
    private byte[] _chunk = null!;

    [GlobalSetup]
    public void Setup()
    {
        LoadGuest();
        _chunk = new byte[Chunk];
        Array.Fill(_chunk, (byte)'x');
    }

    [GlobalCleanup]
    public void Cleanup() => Guest.Dispose();

    [Benchmark(Baseline = true)]
    public long Dotnet_writes_to_a_stream()
    {
        using var stream = new MemoryStream();
        for (var left = Total; left > 0; left -= Chunk)
        {
            stream.Write(_chunk, 0, Math.Min(Chunk, left));
        }

        return stream.Length;
    }

    [Benchmark]
    public long Guest_writes_to_captured_stdout()
    {
        using var stdout = new MemoryStream();
        Guest.Run(new WasiConfiguration().CaptureStandardOutput(stdout),
            "write", Total.ToString(CultureInfo.InvariantCulture), Chunk.ToString(CultureInfo.InvariantCulture));
        return stdout.Length == Total ? Total : throw new InvalidOperationException("stdout lost bytes");
    }
}
