using WitBindgen.Runtime.Native;
using WitBindgen.Runtime.Tests.Wasi.Io;
using WitBindgen.Runtime.Wasi;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Wasi;

/// <summary>
/// Which <c>wasi:</c> imports the direct backend's WASI serves: any WASI 0.2 release of an implemented interface whose
/// items all exist with the same type in the runtime's 0.2.12 definitions; <c>@unstable</c> ones only when enabled.
/// </summary>
public sealed class WasiSelectionTests
{
    [Theory]
    [InlineData("0.2.0")]
    [InlineData("0.2.3")]
    [InlineData("0.2.12")]
    [InlineData("0.2.99")]
    public void An_import_of_any_wasi_0_2_release_binds_to_the_runtimes_definitions(string version)
    {
        using var host = new IoHost(version);

        host.Instance.Backend.ShouldBe(ComponentBackend.Direct);
        host.Call("poll-mixed").ShouldBe("[1, 3]");
        host.Call("write", ComponentVal.U32(3)).ShouldBe("0");
        host.Output.ToArray().Length.ShouldBe(3);
    }

    [Fact]
    public void Direct_refuses_an_import_with_another_type_naming_it()
    {
        using var engine = Engine(ComponentBackend.Direct);

        var error = Should.Throw<WitRuntimeException>(() => WasmComponent.FromWat(engine, IoComponents.At("0.2.3", "(result (result s64 (error $stream-error)))")));

        error.Message.ShouldStartWith(
            "The component imports wasi:io/streams@0.2.3#[method]output-stream.check-write, whose type differs from WASI 0.2.12's: the result has another type");
    }

    [Fact]
    public void Auto_falls_back_for_an_import_with_another_type_and_says_which()
    {
        using var engine = Engine(ComponentBackend.Auto);

        using var component = WasmComponent.FromWat(engine, IoComponents.At("0.2.3", "(result (result s64 (error $stream-error)))"));

        component.Backend.ShouldBe(ComponentBackend.Wasmtime);
        component.BackendFallbackReason.ShouldNotBeNull().ShouldContain("wasi:io/streams@0.2.3#[method]output-stream.check-write");
    }

    [Fact]
    public void An_item_a_later_release_adds_is_refused_naming_it()
    {
        using var engine = Engine(ComponentBackend.Direct);
        const string wat = """
            (component
              (import "wasi:io/poll@0.2.99" (instance
                (export "pollable" (type $p (sub resource)))
                (export "[method]pollable.ready" (func (param "self" (borrow $p)) (result bool)))
                (export "[method]pollable.ready-soon" (func (param "self" (borrow $p)) (result bool))))))
            """;

        var error = Should.Throw<WitRuntimeException>(() => WasmComponent.FromWat(engine, wat));

        error.Message.ShouldStartWith("The component imports wasi:io/poll@0.2.99#[method]pollable.ready-soon, which WASI 0.2.12 does not define");
    }

    [Fact]
    public void An_interface_the_runtime_does_not_implement_is_named()
    {
        using var engine = Engine(ComponentBackend.Auto);

        using var component = WasmComponent.FromWat(engine, Selection.SelectionComponents.ImportsWasi);

        component.BackendFallbackReason.ShouldBe("The component imports wasi:sockets/network@0.2.0, which the direct backend's WASI does not implement yet.");
    }

    [Fact]
    public void An_unstable_interface_is_refused_naming_its_feature_unless_the_store_enables_it()
    {
        var plan = ComponentLoader.Load(WatText.ToBinary(Timezone, wasm => wasm.ToArray()));

        var refusal = WasiImports.FindDisabledFeature(plan, new WasiConfiguration());

        refusal.ShouldBe("The component imports wasi:clocks/timezone@0.2.12, which is @unstable(feature = clocks-timezone): "
            + "enable it for the store with WasiConfiguration.WithUnstableFeature(\"clocks-timezone\").");
        WasiImports.FindDisabledFeature(plan, new WasiConfiguration().WithUnstableFeature("clocks-timezone")).ShouldBeNull();
    }

    [Fact]
    public void The_wasmtime_backend_refuses_a_store_with_an_option_only_the_direct_backend_honours()
    {
        using var engine = Engine(ComponentBackend.Wasmtime);
        using var component = WasmComponent.FromWat(engine, Loading.LoaderComponents.Add);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine, new WasiConfiguration().WithUnstableFeature("clocks-timezone"));

        var error = Should.Throw<WitRuntimeException>(() => linker.Instantiate(store, component));

        error.Message.ShouldBe("The store's WASI configuration sets WasiConfiguration.WithUnstableFeature, which only the direct backend honours, "
            + "but the component runs on the Wasmtime backend.");
    }

    [Fact]
    public void A_store_keeps_the_configuration_it_was_created_with()
    {
        using var engine = Engine(ComponentBackend.Direct);
        var configuration = new WasiConfiguration().WithArgs("first");
        using var store = new ComponentStore(engine, configuration);

        configuration.WithArgs("second").WithUnstableFeature("clocks-timezone");

        store.Wasi.Configuration.Args.ShouldBe(["first"]);
        store.Wasi.Configuration.UnstableFeatures.ShouldBeEmpty();
        store.Wasi.Configuration.DirectOnlyOptions.ShouldBeEmpty();
    }

    [Fact]
    public void The_reference_types_cover_exactly_the_runtimes_world_and_every_implemented_interface()
    {
        var world = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "runtime", "WitBindgen.Runtime", "Wasi", "wit", "host.wit"))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("import wasi:", StringComparison.Ordinal))
            .Select(line => line["import ".Length..line.IndexOf('@', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal);

        WasiReference.Instance.Interfaces.Keys.Order(StringComparer.Ordinal).ShouldBe(world);
        WasiInterfaces.IsImplemented("wasi:io/streams").ShouldBeTrue();
    }

    private const string Timezone = """
        (component
          (import "wasi:clocks/timezone@0.2.12" (instance
            (export "utc-offset" (func (param "when" (record (field "seconds" u64) (field "nanoseconds" u32))) (result s32))))))
        """;

    private static WasmEngine Engine(ComponentBackend backend) =>
        new(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
}
