using WitBindgen.Runtime.Native;
using WitBindgen.Runtime.Tests.Direct;
using WitBindgen.Runtime.Tests.Loading;

namespace WitBindgen.Runtime.Tests.Selection;

/// <summary>
/// Which backend <see cref="WasmEngineOptions.Backend"/> picks for a component, why Auto falls back, and what an
/// explicit choice refuses. Every engine here sets the option, so the WITBINDGEN_BACKEND variable changes nothing.
/// </summary>
public sealed class BackendSelectionTests
{
    [Fact]
    public void Auto_runs_a_component_the_direct_backend_supports_on_it()
    {
        using var engine = Engine(ComponentBackend.Auto);
        using var component = WasmComponent.FromWat(engine, LoaderComponents.Add);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);

        var instance = linker.Instantiate(store, component);

        component.Backend.ShouldBe(ComponentBackend.Direct);
        component.BackendFallbackReason.ShouldBeNull();
        instance.Backend.ShouldBe(ComponentBackend.Direct);
        instance.BackendFallbackReason.ShouldBeNull();
        var add = instance.GetFunction(LoaderComponents.Api, "add");
        add.DirectExport.ShouldNotBeNull();
        Call(add, ComponentVal.S32(40), ComponentVal.S32(2)).ShouldBe("42");
    }

    [Fact]
    public void Auto_runs_a_composed_component_on_the_direct_backend()
    {
        using var engine = Engine(ComponentBackend.Auto);
        using var component = WasmComponent.FromWat(engine, DirectComponents.Composition);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);

        var instance = linker.Instantiate(store, component);

        instance.Backend.ShouldBe(ComponentBackend.Direct);
        instance.BackendFallbackReason.ShouldBeNull();
        Call(instance.GetFunction(null, "g")).ShouldBe("7");
    }

    [Fact]
    public void Auto_falls_back_to_wasmtime_for_a_component_importing_wasi_and_says_why()
    {
        using var engine = Engine(ComponentBackend.Auto);
        using var component = WasmComponent.FromWat(engine, SelectionComponents.ImportsWasi);
        using var linker = new ComponentLinker(engine);
        linker.AddWasiPreview2();
        using var store = new ComponentStore(engine);

        var instance = linker.Instantiate(store, component);

        instance.Backend.ShouldBe(ComponentBackend.Wasmtime);
        instance.BackendFallbackReason.ShouldBe("The component imports wasi:sockets/network@0.2.0, which the direct backend's WASI does not implement yet.");
        component.BackendFallbackReason.ShouldBe(instance.BackendFallbackReason);
        instance.GetFunction(null, "open").DirectExport.ShouldBeNull();
        Should.NotThrow(() => Call(instance.GetFunction(null, "open")));
    }

    [Theory]
    [InlineData(nameof(SelectionComponents.Stream), "the export 'take', whose type uses a stream (async types are not supported)")]
    public void Auto_falls_back_to_wasmtime_for_what_the_direct_backend_cannot_run_and_names_it(string name, string need)
    {
        // Async lifts need Wasmtime's concurrency support to compile at all.
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Auto, CacheCompiledComponents = false, ConcurrencySupport = true });
        using var component = WasmComponent.FromWat(engine, Wat(name));
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);

        var instance = linker.Instantiate(store, component);

        instance.Backend.ShouldBe(ComponentBackend.Wasmtime);
        instance.BackendFallbackReason.ShouldNotBeNull().ShouldContain(need);
        instance.BackendFallbackReason.ShouldStartWith("The direct backend cannot run the component: it uses ");
    }

    [Theory]
    [InlineData(nameof(SelectionComponents.ImportsWasi), "imports wasi:sockets/network@0.2.0, which the direct backend's WASI does not implement yet")]
    [InlineData(nameof(DirectComponents.AsyncLift), "the async export 'f'")]
    public void Direct_refuses_a_component_naming_what_it_needs_that_the_backend_lacks(string name, string need)
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false, ConcurrencySupport = true });

        var error = Should.Throw<WitRuntimeException>(() => WasmComponent.FromWat(engine, Wat(name)));

        error.Message.ShouldContain(need);
        error.Message.ShouldContain("the engine's backend is Direct");
    }

    [Fact]
    public void Wasmtime_runs_even_a_component_the_direct_backend_supports_on_wasmtime()
    {
        using var engine = Engine(ComponentBackend.Wasmtime);
        using var component = WasmComponent.FromWat(engine, LoaderComponents.Add);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);

        var instance = linker.Instantiate(store, component);

        component.Backend.ShouldBe(ComponentBackend.Wasmtime);
        instance.Backend.ShouldBe(ComponentBackend.Wasmtime);
        instance.BackendFallbackReason.ShouldBeNull();
        instance.GetFunction(LoaderComponents.Api, "add").DirectExport.ShouldBeNull();
        Call(instance.GetFunction(LoaderComponents.Api, "add"), ComponentVal.S32(40), ComponentVal.S32(2)).ShouldBe("42");
    }

    [Fact]
    public void A_direct_component_compiles_its_wasmtime_form_only_for_an_api_that_needs_it()
    {
        using var engine = Engine(ComponentBackend.Auto);
        using var component = WasmComponent.FromWat(engine, LoaderComponents.Add);
        var serialized = component.Serialize();

        using var wasmtime = WasmComponent.Deserialize(engine, serialized);

        wasmtime.Backend.ShouldBe(ComponentBackend.Wasmtime);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        Call(linker.Instantiate(store, wasmtime).GetFunction(LoaderComponents.Api, "add"), ComponentVal.S32(1), ComponentVal.S32(2)).ShouldBe("3");
    }

    [Fact]
    public void Auto_compiles_a_direct_component_s_wasmtime_form_only_when_an_api_needs_it()
    {
        var directory = Path.Combine(Path.GetTempPath(), "witbindgen-selection-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new WasmEngineOptions { Backend = ComponentBackend.Auto, CacheDirectory = directory };
            using var engine = new WasmEngine(options);
            var bytes = WatToBinary(LoaderComponents.Add);
            var wasmtimeArtifact = engine.Cache!.GetPath(ComponentCache.ComputeKey(bytes, options));

            using var component = WasmComponent.FromBytes(engine, bytes);

            component.Backend.ShouldBe(ComponentBackend.Direct);
            component.CacheOutcome.ShouldBe(ComponentCacheOutcome.Miss);
            File.Exists(wasmtimeArtifact).ShouldBeFalse();
            component.Serialize().ShouldNotBeEmpty();
            File.Exists(wasmtimeArtifact).ShouldBeTrue();
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void An_export_index_finds_the_function_on_either_backend(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        using var component = WasmComponent.FromWat(engine, LoaderComponents.Add);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        using var index = component.GetExportIndex(LoaderComponents.Api, "add").ShouldNotBeNull();
        component.GetExportIndex(LoaderComponents.Api, "subtract").ShouldBeNull();
        component.GetExportIndex("test:calc/none", "add").ShouldBeNull();

        var add = linker.Instantiate(store, component).GetFunction(index);

        add.Name.ShouldBe("test:calc/api#add");
        Call(add, ComponentVal.S32(5), ComponentVal.S32(6)).ShouldBe("11");
    }

    internal static WasmEngine Engine(ComponentBackend backend) =>
        new(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });

    /// <summary>Calls <paramref name="function"/>, which returns one value, and formats the value.</summary>
    internal static string Call(ComponentFunction function, params ComponentVal[] args)
    {
        var results = new ComponentVal[1];
        try
        {
            function.Call(args, results);
            return results[0].ToString();
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

    private static byte[] WatToBinary(string wat) => WatText.ToBinary(wat, wasm => wasm.ToArray());

    private static string Wat(string name) => name switch
    {
        nameof(SelectionComponents.ImportsWasi) => SelectionComponents.ImportsWasi,
        nameof(DirectComponents.Resource) => DirectComponents.Resource,
        nameof(DirectComponents.AsyncLift) => DirectComponents.AsyncLift,
        nameof(SelectionComponents.Stream) => SelectionComponents.Stream,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such component."),
    };
}
