using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.Mapping;

public sealed class CSharpTypeMapperTests
{
    private const string Package = """
        package test:types;

        interface shapes {
            record point { x: s32, y: s32 }
            enum color { red, green }
            type coordinate = point;
            type bytes = list<u8>;
            resource blob;

            f-bool: func(a: bool) -> u8;
            f-ints: func(a: s8, b: u16, c: s32, d: u64, e: f32, f: f64, g: char, h: string);
            f-bytes: func(a: list<u8>, b: bytes) -> list<list<u8>>;
            f-list: func(a: list<point>, b: list<string, 4>) -> list<option<u32>>;
            f-option: func(a: option<string>, b: option<option<u32>>, c: option<option<option<point>>>);
            f-result: func(a: result<u32, string>, b: result<_, color>, c: result<string>, d: result);
            f-tuple: func(a: tuple<u32>, b: tuple<u32, string>, c: tuple<bool, tuple<u8, u8>>);
            f-alias: func(a: coordinate, b: option<coordinate>);
            f-handle: func(a: borrow<blob>) -> blob;
        }

        world shapes-world {
            import shapes;
        }
        """;

    [Theory]
    [InlineData("f-bool", 0, "bool")]
    [InlineData("f-ints", 0, "sbyte")]
    [InlineData("f-ints", 1, "ushort")]
    [InlineData("f-ints", 2, "int")]
    [InlineData("f-ints", 3, "ulong")]
    [InlineData("f-ints", 4, "float")]
    [InlineData("f-ints", 5, "double")]
    [InlineData("f-ints", 6, "global::System.Text.Rune")]
    [InlineData("f-ints", 7, "string")]
    [InlineData("f-bytes", 0, "byte[]")]
    [InlineData("f-bytes", 1, "byte[]")]
    [InlineData("f-list", 0, "global::Test.Types.Shapes.Point[]")]
    [InlineData("f-list", 1, "string[]")]
    [InlineData("f-option", 0, "string?")]
    [InlineData("f-option", 1, "global::WitBindgen.Option<uint>?")]
    [InlineData("f-option", 2, "global::WitBindgen.Option<global::WitBindgen.Option<global::Test.Types.Shapes.Point>>?")]
    [InlineData("f-result", 0, "global::WitBindgen.Result<uint, string>")]
    [InlineData("f-result", 1, "global::WitBindgen.Result<global::WitBindgen.Unit, global::Test.Types.Shapes.Color>")]
    [InlineData("f-result", 2, "global::WitBindgen.Result<string, global::WitBindgen.Unit>")]
    [InlineData("f-result", 3, "global::WitBindgen.Result<global::WitBindgen.Unit, global::WitBindgen.Unit>")]
    [InlineData("f-tuple", 0, "global::System.ValueTuple<uint>")]
    [InlineData("f-tuple", 1, "(uint, string)")]
    [InlineData("f-tuple", 2, "(bool, (byte, byte))")]
    [InlineData("f-alias", 0, "global::Test.Types.Shapes.Point")]
    [InlineData("f-alias", 1, "global::Test.Types.Shapes.Point?")]
    [InlineData("f-handle", 0, "global::Test.Types.Shapes.Blob")]
    public void Parameters_map_per_the_decided_table(string function, int parameter, string expected)
    {
        var (context, iface) = Context();

        var f = iface.Functions.Single(x => x.Name == function);
        context.Types.Map(f.Params[parameter].Type).ShouldBe(expected);
    }

    [Theory]
    [InlineData("f-bool", "byte")]
    [InlineData("f-bytes", "byte[][]")]
    [InlineData("f-list", "uint?[]")]
    [InlineData("f-handle", "global::Test.Types.Shapes.Blob")]
    public void Results_map_per_the_decided_table(string function, string expected)
    {
        var (context, iface) = Context();

        context.Types.Map(iface.Functions.Single(x => x.Name == function).Result!.Value).ShouldBe(expected);
    }

    [Fact]
    public void Map_type_is_a_read_only_dictionary()
    {
        var model = WitSource.Resolve("""
            package test:maps;
            interface i { f: func(m: map<string, list<u32>>); }
            world w { import i; }
            """);
        var context = CodeGenContext.Create(model, new CodeGenOptions(null, BindingMode.Guest, null, false), new DiagnosticBag())!;

        context.Types.Map(model.Interfaces.Single(i => i.Name == "i").Functions[0].Params[0].Type)
            .ShouldBe("global::System.Collections.Generic.IReadOnlyDictionary<string, uint[]>");
    }

    private static (CodeGenContext Context, Interface Interface) Context()
    {
        var model = WitSource.Resolve(Package);
        var context = CodeGenContext.Create(model, new CodeGenOptions(null, BindingMode.Guest, null, false), new DiagnosticBag());
        context.ShouldNotBeNull();
        return (context, model.Interfaces.Single(i => i.Name == "shapes"));
    }
}
