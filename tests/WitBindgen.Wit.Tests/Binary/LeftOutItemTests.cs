using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Model;
using static WitBindgen.Testing.WasmBytes;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>Imports and exports WIT cannot describe are left out of the model, and the world's package docs say so.</summary>
public sealed class LeftOutItemTests
{
    /// <summary>(type (func)) (import "m" (core module (type 0))) (import "f" (func (type 0))).</summary>
    internal static byte[] CoreModuleImport() => Concat(
        ComponentHeader,
        Section(7, Vec(B(0x40, 0x00, 0x01, 0x00))),
        Section(10, Vec(Concat(B(0x00), Name("m"), B(0x00, 0x11), U32(0)), Concat(B(0x00), Name("f"), B(0x01), U32(0)))));

    [Fact]
    public void A_core_module_import_is_noted_in_the_package_docs_not_on_the_next_import()
    {
        var result = ComponentWit.Decode(CoreModuleImport(), "modules.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var model = result.Model.ShouldNotBeNull();
        var world = model.Worlds.ShouldHaveSingleItem();
        var import = world.Imports.ShouldHaveSingleItem();
        import.Item.ShouldBeOfType<WorldFunctionItem>().Function.Docs.ShouldBeNull();
        model[world.Package].Docs.ShouldBe(
            "The imports and exports of modules.wasm, decoded from its component type information.\n"
            + "import \"m\" is a core module, which WIT cannot describe; it is left out.");
    }
}
