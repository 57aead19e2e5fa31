using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Tests.Context;

/// <summary>
/// <see cref="MarshalTypeBuilder"/>: each WIT type at the boundary becomes one immutable node carrying its C# type,
/// its Canonical ABI layout and what its lifting and lowering code needs, built once and shared.
/// </summary>
public sealed class MarshalTypeBuilderTests
{
    private const string Wit = """
        package test:app;
        interface api {
            record point { a: u8, to-string: u32, label: string }
            variant shape { none, circle(u64), named(string) }
            enum color { red, green }
            flags perms { read, write }
            resource conn;
            type bytes = list<u8>;
            take: func(p: point, s: shape, c: color, f: perms, b: bytes, l: list<point>, o: option<option<u32>>) -> result<u16, string>;
            handles: func(c: borrow<conn>) -> tuple<conn, list<u32, 3>>;
            dict: func(m: map<string, u16>);
        }
        world w { import api; }
        """;

    [Fact]
    public void A_record_carries_its_field_members_offsets_and_layout()
    {
        var (builder, api) = Create();

        var point = builder.Build(Param(api, "take", 0)).ShouldBeOfType<RecordMarshal>();

        point.WitName.ShouldBe("point");
        point.CSharpType.ShouldBe("global::Test.App.Api.Point");
        point.Fields.Select(f => (f.WitName, f.Member, f.Offset)).ShouldBe([("a", "A", 0u), ("to-string", "ToString2", 4u), ("label", "Label", 8u)]);
        point.Fields.Select(f => f.Type).ShouldBe([builder.Build(WitType.Of(PrimitiveKind.U8)), builder.Build(WitType.Of(PrimitiveKind.U32)), builder.Build(WitType.Of(PrimitiveKind.String))]);
        (point.Layout.Size, point.Layout.Alignment).ShouldBe((16u, 4u));
        point.Layout.Flat.ShouldBe([CoreType.I32, CoreType.I32, CoreType.I32, CoreType.I32]);
        point.Key.ShouldStartWith("Point");
        point.HasHelpers.ShouldBeTrue();
    }

    [Fact]
    public void Variants_enums_and_flags_carry_cases_discriminants_and_widths()
    {
        var (builder, api) = Create();

        var shape = builder.Build(Param(api, "take", 1)).ShouldBeOfType<VariantMarshal>();
        shape.Cases.Select(c => (c.WitName, c.Member, c.Payload?.Key)).ShouldBe([("none", "None", null), ("circle", "Circle", "U64"), ("named", "Named", "String")]);
        (shape.Discriminant, shape.PayloadOffset, shape.PayloadSlots).ShouldBe((PrimitiveKind.U8, 8u, 2));

        var color = builder.Build(Param(api, "take", 2)).ShouldBeOfType<EnumMarshal>();
        color.Cases.Select(c => c.Member).ShouldBe(["Red", "Green"]);
        color.Discriminant.ShouldBe(PrimitiveKind.U8);

        var perms = builder.Build(Param(api, "take", 3)).ShouldBeOfType<FlagsMarshal>();
        (perms.Width, perms.Mask).ShouldBe((FlagsWidth.U8, "0x3u"));
    }

    [Fact]
    public void Byte_lists_strings_and_primitives_use_fixed_helpers()
    {
        var (builder, api) = Create();

        var bytes = builder.Build(Param(api, "take", 4)).ShouldBeOfType<ListMarshal>();
        (bytes.IsBytes, bytes.Key, bytes.HasHelpers, bytes.CSharpType).ShouldBe((true, "Bytes", false, "byte[]"));
        var points = builder.Build(Param(api, "take", 5)).ShouldBeOfType<ListMarshal>();
        (points.IsBytes, points.HasHelpers).ShouldBe((false, true));
        points.Element.ShouldBeSameAs(builder.Build(Param(api, "take", 0)));
        builder.Build(WitType.Of(PrimitiveKind.String)).ShouldBeOfType<StringMarshal>().HasHelpers.ShouldBeFalse();
        builder.Build(WitType.Of(PrimitiveKind.U32)).ShouldBeOfType<PrimitiveMarshal>().Key.ShouldBe("U32");
    }

    [Fact]
    public void An_option_inside_an_option_is_a_separate_node_in_its_struct_form()
    {
        var (builder, api) = Create();

        var outer = builder.Build(Param(api, "take", 6)).ShouldBeOfType<OptionMarshal>();
        var inner = outer.Payload.ShouldBeOfType<OptionMarshal>();

        outer.IsOptionStruct.ShouldBeFalse();
        outer.CSharpType.ShouldBe("global::WitBindgen.Option<uint>?");
        inner.IsOptionStruct.ShouldBeTrue();
        inner.CSharpType.ShouldBe("global::WitBindgen.Option<uint>");
        inner.Key.ShouldEndWith("Struct");
        inner.Payload.Key.ShouldBe("U32");
        (outer.PayloadOffset, inner.PayloadOffset).ShouldBe((4u, 4u));
    }

    [Fact]
    public void Handles_results_tuples_fixed_lists_and_maps_carry_their_parts()
    {
        var (builder, api) = Create();

        var borrow = builder.Build(Param(api, "handles", 0)).ShouldBeOfType<HandleMarshal>();
        (borrow.Borrow, borrow.ResourceClass).ShouldBe((true, "global::Test.App.Api.Conn"));
        var tuple = builder.Build(Result(api, "handles")).ShouldBeOfType<TupleMarshal>();
        tuple.Items.Select(i => (i.Member, i.Offset)).ShouldBe([("Item1", 0u), ("Item2", 4u)]);
        tuple.Items[0].Type.ShouldBeOfType<HandleMarshal>().Borrow.ShouldBeFalse();
        var fixedList = tuple.Items[1].Type.ShouldBeOfType<FixedListMarshal>();
        (fixedList.Length, fixedList.Layout.Size).ShouldBe((3u, 12u));

        var result = builder.Build(Result(api, "take")).ShouldBeOfType<ResultMarshal>();
        (result.Ok!.Key, result.Err!.Key, result.PayloadOffset).ShouldBe(("U16", "String", 4u));

        var map = builder.Build(Param(api, "dict", 0)).ShouldBeOfType<MapMarshal>();
        (map.KeyType.Key, map.ValueType.Key, map.Entry.Size, map.ValueOffset).ShouldBe(("String", "U16", 12u, 8u));
    }

    [Fact]
    public void Each_type_is_built_once_and_found_afterwards()
    {
        var (builder, api) = Create();
        var type = Param(api, "take", 0);

        builder.Find(type).ShouldBeNull();
        var first = builder.Build(type);

        builder.Build(type).ShouldBeSameAs(first);
        builder.Find(type).ShouldBeSameAs(first);
    }

    private static WitType Param(Interface api, string function, int index) => api.Functions.Single(f => f.Name == function).Params[index].Type;

    private static WitType Result(Interface api, string function) => api.Functions.Single(f => f.Name == function).Result!.Value;

    private static (MarshalTypeBuilder Builder, Interface Api) Create()
    {
        var diagnostics = new DiagnosticBag();
        var context = CodeGenContext.Create(WitSource.Resolve(Wit), new CodeGenOptions("w", BindingMode.Guest, null, false), diagnostics);
        diagnostics.Items.ShouldBeEmpty();
        var api = context!.Model[context.Interfaces.Single().InterfaceId!.Value];
        return (new MarshalTypeBuilder(context), api);
    }
}
