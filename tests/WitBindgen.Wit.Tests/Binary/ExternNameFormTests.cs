using WitBindgen.Wit.Binary;
using static WitBindgen.Testing.ExternNameSamples;
using static WitBindgen.Testing.WasmBytes;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>
/// The three forms of an import or export name: <c>0x00</c>, the older <c>0x01</c> that Wasmtime reads like it, and
/// <c>0x02</c>, a name followed by attributes (<c>implements</c>, <c>versionsuffix</c>, <c>external-id</c>).
/// </summary>
public sealed class ExternNameFormTests
{
    [Theory]
    [InlineData((byte)0x00)]
    [InlineData((byte)0x01)]
    public void A_plain_or_older_interface_name_reads_as_the_name(byte form)
    {
        var bytes = InterfaceImport(Plain(form, "demo:names/api@0.2.0"), Plain(form, "run"));

        var result = ComponentWit.Decode(bytes, "names.wasm");

        result.Diagnostics.ShouldBeEmpty();
        result.WitText.ShouldBe(ComponentWit.Decode(InterfaceImport(Plain(0x00, "demo:names/api@0.2.0"), Plain(0x00, "run")), "names.wasm").WitText);
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("package demo:names@0.2.0 {\n  interface api {\n    run: func();\n  }\n}");
        text.ShouldContain("import demo:names/api@0.2.0;");
    }

    [Fact]
    public void An_export_name_in_the_older_form_reads_as_the_name()
    {
        var bytes = Concat(
            ComponentHeader,
            Section(7, Vec(B(0x40, 0x00, 0x01, 0x00))),
            Section(10, Vec(Concat(B(0x01), Name("run"), B(0x01), U32(0)))),
            Section(11, Vec(Concat(B(0x01), Name("go"), B(0x01), U32(0), B(0x00)))));

        var result = ComponentWit.Decode(bytes, "names.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("import run: func();");
        text.ShouldContain("export go: func();");
    }

    [Fact]
    public void A_name_with_a_version_suffix_carries_the_full_version()
    {
        var name = Concat(B(0x02), Name("demo:names/api@0.2"), Vec(Concat(B(0x01), Name(".6-rc.1"))));

        var result = ComponentWit.Decode(InterfaceImport(name, Plain(0x00, "run")), "names.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("package demo:names@0.2.6-rc.1 {");
        text.ShouldContain("import demo:names/api@0.2.6-rc.1;");
        ComponentSamples.Resolve(text, "names.wit").Worlds.ShouldHaveSingleItem();
    }

    [Fact]
    public void Implements_and_external_id_attributes_leave_the_name_as_it_is()
    {
        var name = Concat(B(0x02), Name("primary"), Vec(Concat(B(0x00), Name("demo:names/api")), Concat(B(0x02), Name("db:region-a"))));

        var result = ComponentWit.Decode(InterfaceImport(name, Concat(B(0x02), Name("run"), Vec())), "names.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("import primary: interface {\n    run: func();\n  }");
        ComponentSamples.Resolve(text, "names.wit").Worlds.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData((byte)0x03, "unknown name form 0x03")]
    [InlineData((byte)0x7f, "unknown name form 0x7f")]
    public void An_unknown_name_form_is_malformed_and_names_the_byte(byte form, string expected)
    {
        var result = ComponentWit.Decode(InterfaceImport(Plain(form, "demo:names/api"), Plain(0x00, "run")), "names.wasm");

        result.WitText.ShouldBeNull();
        result.Diagnostics.Single().Id.ShouldBe("WIT0403");
        result.Diagnostics[0].Message.ShouldContain(expected);
    }

    [Fact]
    public void An_unknown_name_attribute_is_refused_and_named()
    {
        var name = Concat(B(0x02), Name("demo:names/api"), Vec(Concat(B(0x09), Name("x"))));

        var result = ComponentWit.Decode(InterfaceImport(name, Plain(0x00, "run")), "names.wasm");

        result.WitText.ShouldBeNull();
        result.Diagnostics.Single().Message.ShouldContain("name attribute 0x09");
    }

    [Fact]
    public void A_version_suffix_on_a_name_without_a_version_is_malformed()
    {
        var name = Concat(B(0x02), Name("demo:names/api"), Vec(Concat(B(0x01), Name(".1"))));

        var result = ComponentWit.Decode(InterfaceImport(name, Plain(0x00, "run")), "names.wasm");

        result.WitText.ShouldBeNull();
        result.Diagnostics.Single().Id.ShouldBe("WIT0403");
        result.Diagnostics[0].Message.ShouldContain("version suffix");
    }

    [Fact]
    public void A_repeated_name_attribute_is_malformed()
    {
        var name = Concat(B(0x02), Name("demo:names/api@0.2"), Vec(Concat(B(0x01), Name(".1")), Concat(B(0x01), Name(".2"))));

        var result = ComponentWit.Decode(InterfaceImport(name, Plain(0x00, "run")), "names.wasm");

        result.WitText.ShouldBeNull();
        result.Diagnostics.Single().Message.ShouldContain("more than once");
    }
}
