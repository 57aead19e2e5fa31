using WitBindgen.Wit.Binary.Loading;
using Managed = Wasmtime;

namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>Malformed and refused components give one clear line naming the section, the entry and the problem.</summary>
public sealed class ComponentLoaderErrorTests
{
    private static string Refusal(byte[] bytes)
    {
        var message = Should.Throw<ComponentLoadException>(() => ComponentLoader.Load(bytes)).Message;
        message.ShouldNotContain("\n");
        return message;
    }

    [Fact]
    public void A_missing_instantiation_argument_names_the_module_import()
    {
        var message = Refusal(Managed.Module.ConvertText("""
            (component
              (core module $m (import "env" "f" (func)))
              (core instance (instantiate $m)))
            """));

        message.ShouldStartWith("core instance section at byte offset 0x");
        message.ShouldContain("entry 0");
        message.ShouldContain("core module 0 imports 'env' 'f', but no instantiation argument is named 'env'");
    }

    [Fact]
    public void An_argument_lacking_the_imported_export_names_the_instance_and_the_export()
    {
        var message = Refusal(Managed.Module.ConvertText("""
            (component
              (core module $lib (func (export "g")))
              (core module $m (import "env" "f" (func)))
              (core instance $lib (instantiate $lib))
              (core instance (instantiate $m (with "env" (instance $lib)))))
            """));

        message.ShouldContain("entry 1");
        message.ShouldContain("argument 'env' (core instance 0 of module 0) has no export named 'f'");
    }

    [Fact]
    public void An_index_out_of_range_names_the_index_space()
    {
        var message = Refusal(Managed.Module.ConvertText("""
            (component
              (core module $m (func (export "f")))
              (core instance (instantiate 3)))
            """));

        message.ShouldContain("core module index 3 is out of range (1 defined)");
    }

    [Fact]
    public void A_component_start_section_is_refused_by_name()
    {
        var bytes = Managed.Module.ConvertText("(component)").Concat(new byte[] { 9, 3, 0, 0, 0 }).ToArray();

        Refusal(bytes).ShouldContain("start section at byte offset 0x8: a component-level start function");
    }

    [Fact]
    public void A_truncated_component_names_the_offset()
    {
        var bytes = Managed.Module.ConvertText(LoaderComponents.Add);

        var message = Refusal(bytes[..(bytes.Length - 3)]);

        message.ShouldContain("section extends past the end of the data");
    }

    [Fact]
    public void A_core_module_is_not_a_component()
    {
        Refusal(Managed.Module.ConvertText("(module)")).ShouldBe("preamble section at byte offset 0x0: a core WebAssembly module, not a component");
    }

    [Fact]
    public void A_lift_of_a_type_that_is_not_a_function_is_refused()
    {
        var message = Refusal(Managed.Module.ConvertText("""
            (component
              (core module $m (func (export "f")))
              (core instance $i (instantiate $m))
              (type $t (list u8))
              (func (type $t) (canon lift (core func $i "f"))))
            """));

        message.ShouldContain("canon section");
        message.ShouldContain("canon lift names type 0, which is not a function type");
    }
}
