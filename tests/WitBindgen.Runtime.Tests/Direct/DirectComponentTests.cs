using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Tests.Loading;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>Loading a component for the direct backend: modules compiled once per engine, and what it cannot run refused by name.</summary>
public sealed class DirectComponentTests
{
    [Fact]
    public void A_module_embedded_in_two_components_compiles_once()
    {
        using var engine = CoreModules.Engine();

        var add = DirectComponent.FromWat(engine, LoaderComponents.Add);
        var again = DirectComponent.FromWat(engine, LoaderComponents.Add.Replace("test:calc/api", "test:calc/other", StringComparison.Ordinal));

        again.Modules.ShouldHaveSingleItem().ShouldBeSameAs(add.Modules.ShouldHaveSingleItem());
    }

    [Fact]
    public void The_imported_functions_are_listed_by_path()
    {
        using var engine = CoreModules.Engine();

        DirectComponent.FromWat(engine, DirectComponents.Flags).ImportedFunctions.ShouldBe([DirectComponents.Ping]);
    }

    [Theory]
    [InlineData(DirectComponents.Resource, "The direct backend cannot run flags.wasm: it uses the resource built-in 'resource.new' (resources are not supported yet).")]
    [InlineData(DirectComponents.AsyncLift, "The direct backend cannot run flags.wasm: it uses the async export 'f'.")]
    [InlineData(DirectComponents.AsyncComposition, "The direct backend cannot run flags.wasm: it uses the async lowering or lift of the composed function 'f'.")]
    public void What_the_backend_cannot_run_is_refused_at_load_by_name(string wat, string message)
    {
        using var engine = CoreModules.Engine();

        Should.Throw<WitRuntimeException>(() => DirectComponent.FromWat(engine, wat, "flags.wasm")).Message.ShouldBe(message);
    }

    [Fact]
    public void An_imported_resource_and_a_handle_in_an_export_type_are_refused_by_name()
    {
        const string wat = """
            (component
              (import "r" (type $r (sub resource)))
              (core module $m (func (export "f") (param i32)))
              (core instance $i (instantiate $m))
              (func $f (param "h" (borrow $r)) (canon lift (core func $i "f")))
              (export "f" (func $f)))
            """;
        using var engine = CoreModules.Engine();

        Should.Throw<WitRuntimeException>(() => DirectComponent.FromWat(engine, wat)).Message
            .ShouldBe("The direct backend cannot run the component: it uses the imported resource type 'r' (resources are not supported yet).");
        Should.Throw<WitRuntimeException>(() => DirectComponent.FromWat(engine, wat, trapImportedResources: true)).Message
            .ShouldBe("The direct backend cannot run the component: it uses the export 'f', whose type uses a resource handle (resources are not supported yet).");
    }

    [Fact]
    public void A_component_level_start_is_refused_with_the_loader_message()
    {
        const string wat = """
            (component
              (core module $m (func (export "f") (result i32) i32.const 1))
              (core instance $i (instantiate $m))
              (func $f (result s32) (canon lift (core func $i "f")))
              (start $f (result (value $v))))
            """;
        using var engine = CoreModules.Engine();

        var error = Should.Throw<WitRuntimeException>(() => DirectComponent.FromWat(engine, wat, "start.wasm"));

        error.Message.ShouldStartWith("The direct backend cannot load start.wasm: ");
        error.Message.ShouldContain("start");
        error.InnerException.ShouldBeOfType<WitBindgen.Wit.Binary.Loading.ComponentLoadException>();
    }
}
