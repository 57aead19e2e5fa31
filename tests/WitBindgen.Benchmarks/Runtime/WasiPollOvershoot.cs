using System.Globalization;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// How late a guest's 10 ms monotonic-clock wait ends (<c>poll_oneoff</c> with a relative clock subscription through
/// the preview1 adapter, which becomes <c>subscribe-duration</c> and a blocking <c>poll</c>): 100 waits in one run of
/// tests/components/wasi-bench, each timed by the guest on the monotonic clock; prints the median, p99 and maximum
/// overshoot and how many waits ended early (never expected) for each backend the guest runs on. Run by hand:
/// <c>dotnet run -c Release --project tests/WitBindgen.Benchmarks -- wasi-poll-overshoot</c>.
/// </summary>
public static class WasiPollOvershoot
{
    /// <summary>The command-line argument that runs this measurement instead of BenchmarkDotNet.</summary>
    public const string Command = "wasi-poll-overshoot";

    private const int Waits = 100;
    private const long WaitNanoseconds = 10_000_000;

    /// <summary>Measures and prints; returns 1 when a wait ended early, else 0.</summary>
    public static int Run()
    {
        var early = 0;
        Console.WriteLine($"{Waits} waits of {WaitNanoseconds / 1_000_000} ms each, overshoot in microseconds:");
        Console.WriteLine("backend    median      p99      max    early");
        foreach (var backend in WasiBenchGuest.Backends())
        {
            using var guest = new WasiBenchGuest(backend);
            var stdout = new WasiOutputBuffer();
            guest.Run(new WasiConfiguration().CaptureStandardOutput(stdout),
                "sleep", Waits.ToString(CultureInfo.InvariantCulture), WaitNanoseconds.ToString(CultureInfo.InvariantCulture));
            var overshoot = stdout.GetText().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => long.Parse(line, CultureInfo.InvariantCulture) - WaitNanoseconds).Order().ToArray();
            if (overshoot.Length != Waits)
            {
                throw new InvalidOperationException($"the guest reported {overshoot.Length} waits instead of {Waits}");
            }

            var ended = overshoot.Count(ns => ns < 0);
            early += ended;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{backend,-9} {Micro(overshoot[Waits / 2]),7} {Micro(overshoot[(Waits * 99 / 100) - 1]),8} {Micro(overshoot[^1]),8} {ended,8}"));
        }

        return early == 0 ? 0 : 1;
    }

    private static string Micro(long nanoseconds) => (nanoseconds / 1000.0).ToString("F0", CultureInfo.InvariantCulture);
}
