using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// What the benchmarks of <see cref="WasiBenchGuest"/> moving <see cref="Total"/> bytes share: a row per backend the
/// guest runs on and per chunk size, and the guest loaded on the row's backend.
/// </summary>
public abstract class WasiBenchGuestBenchmarks
{
    /// <summary>The bytes each run moves.</summary>
    protected const int Total = 100 * 1000 * 1000;

    /// <summary>The backend the guest runs on.</summary>
    [ParamsSource(nameof(Backends))]
    public ComponentBackend Backend { get; set; }

    /// <summary>The bytes one call moves.</summary>
    [Params(4096, 65536)]
    public int Chunk { get; set; }

    /// <summary>The guest, once <see cref="LoadGuest"/> loaded it.</summary>
    private protected WasiBenchGuest Guest { get; private set; } = null!;

    /// <summary>The backends the guest runs on.</summary>
    public static IEnumerable<ComponentBackend> Backends() => WasiBenchGuest.Backends();

    /// <summary>Loads the guest on <see cref="Backend"/>.</summary>
    protected void LoadGuest() => Guest = new WasiBenchGuest(Backend);
}
