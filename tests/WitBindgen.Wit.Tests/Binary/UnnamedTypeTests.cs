using WitBindgen.Wit.Binary;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>Types a component binary leaves unnamed get generated names, and the WIT says so.</summary>
public sealed class UnnamedTypeTests
{
    // (component
    //   (type (record (field "x" u32)))
    //   (type (func (param "p" 0) (result 0)))
    //   (import "f" (func (type 1))))
    private static readonly byte[] Component =
    {
        0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00,
        0x07, 0x0d, 0x02, 0x72, 0x01, 0x01, 0x78, 0x79, 0x40, 0x01, 0x01, 0x70, 0x00, 0x00, 0x00,
        0x0a, 0x06, 0x01, 0x00, 0x01, 0x66, 0x01, 0x01,
    };

    [Fact]
    public void An_anonymous_record_gets_a_generated_name_and_a_comment()
    {
        var result = ComponentWit.Decode(Component, "anonymous.wasm");

        result.Diagnostics.ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();
        text.ShouldContain("// The component binary does not name this type; the name is generated.\n  record record-1 {\n    x: u32,\n  }");
        text.ShouldContain("import f: func(p: record-1) -> record-1;");
        ComponentSamples.Resolve(text, "anonymous.wit").Worlds.ShouldHaveSingleItem().Name.ShouldBe("root");
    }
}
