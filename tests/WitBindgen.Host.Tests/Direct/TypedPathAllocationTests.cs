using Test.HostileResults.ResultsWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>A generated call of scalars on the direct typed path allocates nothing: no component values, no arrays, no closures.</summary>
public sealed class TypedPathAllocationTests
{
    [Fact]
    public void A_generated_call_of_scalars_on_the_direct_backend_allocates_nothing()
    {
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "hostile", "results.wat"));
        using var component = WasmComponent.FromWat(Engines.Direct, wat);
        using var results = Results.Instantiate(Engines.Direct, component);
        results.U8HighBits().ShouldBe((byte)0xFF);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            results.U8HighBits();
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0L);
    }
}
