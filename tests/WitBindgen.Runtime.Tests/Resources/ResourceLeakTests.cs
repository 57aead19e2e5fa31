using System.Diagnostics;
using WitBindgen.Runtime.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Resources;

/// <summary>Creating and dropping a million handles leaves the resident set and the GC heap where 100,000 left them.</summary>
/// <remarks>
/// The resident set is read after 100,000, 550,000 and 1,000,000 handles. A leak grows both halves alike, while
/// one-off growth (methods recompiled by tiered compilation, which a loaded machine delays into the measured loop, or
/// a new heap arena) lands in one of them: the bound applies to the smaller half.
/// </remarks>
[Collection(nameof(LeakTests))]
public sealed class ResourceLeakTests(ITestOutputHelper output)
{
    private const int Warmup = 100_000;
    private const int Total = 1_000_000;
    private const int Middle = (Warmup + Total) / 2;
    // Plain calls without resources drift about 1.5 bytes per call in RSS (measured: 6 MB over 3.9 million calls of
    // a `() -> u32` export); a leak of even 12 bytes per handle would add 5.4 MB to each half of 450,000 handles, and
    // the GC heap bound is tight.
    private const long AllowedResidentGrowthPerHalf = 5L << 20;
    private const long AllowedHeapGrowth = 1L << 20;

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_million_host_and_guest_handles_do_not_leak(ComponentBackend backend)
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = backend });
        using var component = WasmComponent.FromWat(engine, ResourceComponent.Wat);
        using var h = new ResourceHarness(engine, component);
        h.Instance.Backend.ShouldBe(backend);
        h.RecordCreated = false;
        var makeY = h.Function("make-y");
        var newX = h.Function("[constructor]x");
        var getA = h.Function("[method]x.get-a");
        Span<ComponentVal> args = stackalloc ComponentVal[1];
        Span<ComponentVal> results = stackalloc ComponentVal[1];

        void Iteration(int i, Span<ComponentVal> args, Span<ComponentVal> results)
        {
            using var scope = ResourceScope.Enter(h.Store, null, "leak");
            if ((i & 1) == 0)
            {
                // A host object: created by the guest through [constructor]y, read, dropped (its Dispose runs).
                args[0] = ComponentVal.S32(i);
                makeY.Call(args, results);
                results[0].GetS32().ShouldBe(i * 2);
            }
            else
            {
                // A guest resource: created, borrowed once, dropped by the host.
                args[0] = ComponentVal.S32(i);
                newX.Call(args, results);
                var x = ComponentResource.Lift(results[0], "leak");
                results[0].Dispose();
                args[0] = x.LowerBorrow("leak");
                getA.Call(args, results);
                args[0].Dispose();
                results[0].GetS32().ShouldBe(i);
                x.Dispose();
            }
        }

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < Warmup; i++)
        {
            Iteration(i, args, results);
        }

        var (residentBefore, heapBefore) = Measure();
        for (var i = Warmup; i < Middle; i++)
        {
            Iteration(i, args, results);
        }

        var (residentMiddle, _) = Measure();
        for (var i = Middle; i < Total; i++)
        {
            Iteration(i, args, results);
        }

        var (residentAfter, heapAfter) = Measure();
        stopwatch.Stop();
        output.WriteLine($"{Total:N0} handles in {stopwatch.Elapsed.TotalSeconds:F1} s; RSS {residentBefore >> 10} KiB -> {residentMiddle >> 10} KiB -> {residentAfter >> 10} KiB; GC heap {heapBefore >> 10} KiB -> {heapAfter >> 10} KiB");
        h.Dropped().ShouldBe((uint)(Total / 2));
        Math.Min(residentMiddle - residentBefore, residentAfter - residentMiddle).ShouldBeLessThan(AllowedResidentGrowthPerHalf);
        (heapAfter - heapBefore).ShouldBeLessThan(AllowedHeapGrowth);
    }

    private static (long Resident, long Heap) Measure() =>
        (ResidentMemory.Measure(), GC.GetTotalMemory(forceFullCollection: true));
}
