using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>
/// <c>component-type</c> custom sections: the world a core module's bindings were generated for is recovered with
/// its package, world and type names; in a component, the section names the world.
/// </summary>
public sealed class EmbeddedWorldTests
{
    [Fact]
    public void A_core_module_gives_the_world_it_embeds_with_its_names()
    {
        var result = ComponentWit.Decode(EmbeddedWorldSamples.CoreModule(), "greeter.wasm");

        result.Diagnostics.ShouldBeEmpty();
        result.PackageName.ShouldBe("demo:greeter@0.2.0");
        result.WorldName.ShouldBe("greeter");
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldStartWith("/// The world demo:greeter@0.2.0/greeter that the core module greeter.wasm was generated for, decoded from its custom section '" + EmbeddedWorldSamples.SectionName + "'.\npackage demo:greeter@0.2.0;\n");
        text.ShouldContain("import types;");
        text.ShouldContain("import log: func(msg: string);");
        text.ShouldContain("export greet: func(p: point) -> string;");
        text.ShouldContain("interface types {\n  record point {\n    x: u32,\n    y: u32,\n  }\n}");
        text.ShouldNotContain("does not name this type");

        var model = ComponentSamples.Resolve(text, "greeter.wit");
        var world = model.Worlds.ShouldHaveSingleItem();
        world.Name.ShouldBe("greeter");
        model[world.Package].Name.ToString().ShouldBe("demo:greeter@0.2.0");
        model.Packages.ShouldHaveSingleItem().Interfaces.Select(i => i.Name).ShouldBe(new[] { "types" });
    }

    [Fact]
    public void A_component_takes_its_world_and_package_names_from_the_section()
    {
        var result = ComponentWit.Decode(EmbeddedWorldSamples.Component(EmbeddedWorldSamples.Payload()), "log.wasm");

        result.Diagnostics.ShouldBeEmpty();
        result.WorldName.ShouldBe("greeter");
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("// The package and world names come from its custom section '" + EmbeddedWorldSamples.SectionName + "'.");
        text.ShouldContain("package demo:greeter@0.2.0;\n\nworld greeter {\n  import log: func(msg: string);\n}");
        ComponentSamples.Resolve(text, "log.wit").Worlds.ShouldHaveSingleItem().Name.ShouldBe("greeter");
    }

    [Fact]
    public void A_component_whose_section_cannot_be_read_keeps_placeholder_names_and_says_why()
    {
        var result = ComponentWit.Decode(EmbeddedWorldSamples.Component(new byte[] { 0x03, 0x00 }), "log.wasm");

        result.Diagnostics.ShouldBeEmpty();
        result.WorldName.ShouldBe(ComponentWit.WorldName);
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("could not be read (cannot describe the component as WIT: the custom section '" + EmbeddedWorldSamples.SectionName + "' uses an older encoding (version 3)");
        text.ShouldContain("so the package and world names are placeholders.\npackage root:component;");
        ComponentSamples.Resolve(text, "log.wit").Worlds.ShouldHaveSingleItem().Name.ShouldBe("root");
    }

    [Fact]
    public void A_core_module_with_an_older_section_encoding_is_one_error()
    {
        var result = ComponentWit.Decode(EmbeddedWorldSamples.CoreModuleWithOldSection(), "old.wasm");

        result.WitText.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("WIT0404");
        diagnostic.Message.ShouldContain("'component-type' uses an older encoding (version 3)");
    }

    [Fact]
    public void A_core_module_without_a_section_is_still_refused()
    {
        var result = ComponentWit.Decode(EmbeddedWorldSamples.PlainCoreModule(), "plain.wasm");

        result.WitText.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0401");
    }

    [Fact]
    public void A_truncated_section_is_one_malformed_binary_error()
    {
        var payload = EmbeddedWorldSamples.Payload();
        var module = WasmBytes.Concat(WasmBytes.ModuleHeader, WasmBytes.Custom(EmbeddedWorldSamples.SectionName, payload.Take(payload.Length - 5).ToArray()));

        var result = ComponentWit.Decode(module, "truncated.wasm");

        result.WitText.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("WIT0403");
    }

    [Fact]
    public void Several_sections_merge_into_the_first_world()
    {
        var module = WasmBytes.Concat(EmbeddedWorldSamples.CoreModule(), WasmBytes.Custom("component-type:second", EmbeddedWorldSamples.Payload()));

        var result = ComponentWit.Decode(module, "linked.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("decoded from its 2 custom sections '" + EmbeddedWorldSamples.SectionName + "', 'component-type:second'.");
        text.Split("import log:").Length.ShouldBe(2);
        ComponentSamples.Resolve(text, "linked.wit").Worlds.ShouldHaveSingleItem().Name.ShouldBe("greeter");
    }

    [Fact]
    public void A_type_the_component_leaves_unnamed_takes_its_name_from_the_section()
    {
        var result = ComponentWit.Decode(EmbeddedWorldSamples.ComponentWithUnnamedRecord(), "points.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("package demo:points;\n\nworld points {\n");
        text.ShouldContain("  /// The component binary does not name this type; the name comes from its component-type custom section.\n  record point {\n    x: u32,\n  }");
        text.ShouldContain("import f: func(p: point) -> point;");
        text.ShouldNotContain("record-1");
        ComponentSamples.Resolve(text, "points.wit").Worlds.ShouldHaveSingleItem().Name.ShouldBe("points");
    }
}
