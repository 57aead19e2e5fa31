using WitBindgen.Runtime.Canonical;
using WitBindgen.Runtime.Tests.Loading;

namespace WitBindgen.Runtime.Tests.Canonical;

/// <summary>
/// What a generated import decides about a lowering on its first call (whether the bindings fit the component's type,
/// the layouts of that type) is decided once for every store the linked component is instantiated in; each store's
/// instance still gets an import object of its own.
/// </summary>
public sealed class CanonicalImportSharingTests
{
    [Fact]
    public void Instances_of_one_linked_component_share_the_layouts_of_an_import_but_not_the_import()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false });
        using var component = WasmComponent.FromWat(engine, LoaderComponents.ShimAndFixup);
        using var linker = new ComponentLinker(engine);
        var seen = new List<CanonicalImport>();
        linker.DefineFunction(LoaderComponents.Host, "bias", (_, results) => results[0] = ComponentVal.S32(-1000));
        CanonicalImport.Define(linker, LoaderComponents.Host, "bias", "() -> s32", abi =>
        {
            seen.Add(abi);
            abi.Lifted();
            abi.Returned();
            abi.Results[0] = 100 + (ulong)seen.Count;
        });

        var sums = new List<int>();
        for (var run = 0; run < 2; run++)
        {
            using var store = new ComponentStore(engine);
            var results = new ComponentVal[1];
            linker.Instantiate(store, component).GetFunction(LoaderComponents.Api, "add").Call([ComponentVal.S32(1), ComponentVal.S32(2)], results);
            sums.Add(results[0].GetS32());
        }

        sums.ShouldBe([104, 105]);
        seen.Count.ShouldBe(2);
        seen[1].ShouldNotBeSameAs(seen[0]);
        seen[1].Abi.ShouldBeSameAs(seen[0].Abi);
    }
}
