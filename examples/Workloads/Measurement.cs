using System.Diagnostics;

namespace Workloads;

/// <summary>One workload run by one implementation: the checksum of its output and the time of each repetition.</summary>
internal sealed record Measurement(ulong Checksum, double[] Milliseconds)
{
    public double Median => MedianOf(Milliseconds);

    public static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Untimed runs before the timed ones: .NET's tiered JIT needs a few to reach its optimized code.</summary>
    public static int Warmups { get; set; } = 1;

    /// <summary>
    /// Runs <paramref name="work"/> <see cref="Warmups"/> times untimed, then <paramref name="repetitions"/> timed
    /// times, and keeps the last checksum.
    /// </summary>
    public static Measurement Time(int repetitions, Func<ulong> work)
    {
        var times = new double[repetitions];
        ulong checksum = 0;
        for (var w = 0; w < Warmups; w++)
        {
            checksum = work();
        }

        for (var r = 0; r < repetitions; r++)
        {
            var start = Stopwatch.GetTimestamp();
            checksum = work();
            times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return new Measurement(checksum, times);
    }
}

/// <summary>The names of the three workloads, as the node script and the native program print them.</summary>
internal static class WorkloadNames
{
    public const string Fib = "fib", Resample = "resample", Json = "json";

    public static readonly string[] All = [Fib, Resample, Json];
}
