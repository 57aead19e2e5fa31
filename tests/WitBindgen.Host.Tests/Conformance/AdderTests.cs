#if WIT_CONFORMANCE
using Docs.Adder.AdderWorld;
using WitBindgen.Host.Tests.Infrastructure;

namespace WitBindgen.Host.Tests.Conformance;

/// <summary>The adder component: an exported interface, no imports, no WASI.</summary>
public sealed class AdderTests
{
    [ConformanceFact]
    public void One_plus_two_is_three()
    {
        using var adder = Adder.Instantiate(TestComponents.Engine, TestComponents.Conformance("adder"));

        adder.Add.Add(1, 2).ShouldBe(3u);
    }

    [ConformanceFact]
    public void From_file_owns_its_engine_component_and_store()
    {
        var path = Path.Combine(TestPaths.ConformanceDir("components")!, "wasm", "adder.component.wasm");
        using var adder = Adder.FromFile(path);

        adder.Add.Add(20, 22).ShouldBe(42u);
    }

    [ConformanceFact]
    public void Addition_wraps_like_u32()
    {
        using var adder = Adder.Instantiate(TestComponents.Engine, TestComponents.Conformance("adder"));

        adder.Add.Add(uint.MaxValue, 2).ShouldBe(1u);
    }
}
#endif
