using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests;

/// <summary>Components built by real toolchains (see the conformance material's components/ORIGIN.md).</summary>
public sealed class ConformanceComponentTests
{
    private static string ComponentPath(string name) =>
        Path.Combine(TestPaths.ConformanceDir("components") ?? throw new InvalidOperationException(TestPaths.MissingConformance), "wasm", name);

    [ConformanceFact]
    public void Adder_adds()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromFile(engine, ComponentPath("adder.component.wasm"));
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var add = linker.Instantiate(store, component).GetFunction("docs:adder/add@0.1.0", "add");

        var results = new ComponentVal[1];
        add.Call([ComponentVal.U32(1), ComponentVal.U32(2)], results);

        results[0].GetU32().ShouldBe(3u);
    }

    [ConformanceFact]
    public void Lists_component_links_WASI_and_round_trips_strings_and_bytes()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromFile(engine, ComponentPath("lists.component.wasm"));
        using (var linker = new ComponentLinker(engine))
        using (var store = new ComponentStore(engine))
        {
            Should.Throw<WitRuntimeException>(() => linker.Instantiate(store, component)).Message.ShouldContain("component imports instance");
        }

        using var wasiLinker = new ComponentLinker(engine);
        wasiLinker.AddWasiPreview2();
        wasiLinker.DefineUnknownImportsAsTraps(component);
        using var wasiStore = new ComponentStore(engine, new WasiConfiguration());
        var instance = wasiLinker.Instantiate(wasiStore, component);

        CallStringRoundTrip(instance, "héllo \U0001F600").ShouldBe("héllo \U0001F600");

        var listRoundTrip = instance.GetFunction("test:lists/test", "list-roundtrip");
        var results = new ComponentVal[1];
        var args = new[] { ComponentVal.Bytes([1, 2, 3, 250]) };
        try
        {
            listRoundTrip.Call(args, results);
            results[0].GetBytes().ShouldBe(new byte[] { 1, 2, 3, 250 });
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }

    private static string CallStringRoundTrip(ComponentInstance instance, string text)
    {
        var function = instance.GetFunction("test:lists/test", "string-roundtrip");
        var args = new[] { ComponentVal.String(text) };
        var results = new ComponentVal[1];
        try
        {
            function.Call(args, results);
            return results[0].GetString();
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }
}
