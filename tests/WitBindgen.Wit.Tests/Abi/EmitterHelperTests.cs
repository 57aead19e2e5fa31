using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;
using static WitBindgen.Wit.Tests.Abi.TypeArena;

namespace WitBindgen.Wit.Tests.Abi;

/// <summary>Field offsets and variant placement, as emitters read and write values in linear memory.</summary>
public sealed class EmitterHelperTests
{
    [Fact]
    public void Record_field_offsets_follow_each_field_alignment()
    {
        var arena = new TypeArena();
        var record = arena.Add(Record(U8, U32, U16, U64, U8));
        CanonicalAbi.FieldOffsets(arena.ToModel(), record.Id).ToArray().ShouldBe(new uint[] { 0, 4, 8, 16, 24 });
    }

    [Fact]
    public void Tuple_offsets_are_found_through_an_alias()
    {
        var arena = new TypeArena();
        var tuple = arena.Add(new TupleKind(new[] { U16, Str, U8 }));
        var alias = arena.Add(new AliasKind(tuple), "pair");
        CanonicalAbi.FieldOffsets(arena.ToModel(), alias.Id).ToArray().ShouldBe(new uint[] { 0, 4, 12 });
    }

    [Fact]
    public void Field_offsets_of_other_kinds_or_dangling_ids_are_empty()
    {
        var arena = new TypeArena();
        var list = arena.Add(new ListKind(U8));
        var model = arena.ToModel();
        CanonicalAbi.FieldOffsets(model, list.Id).IsEmpty.ShouldBeTrue();
        CanonicalAbi.FieldOffsets(model, new TypeId(42)).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Result_of_u64_and_u8_has_a_byte_discriminant_and_payload_at_eight()
    {
        var arena = new TypeArena();
        var result = arena.Add(new ResultKind(U64, U8));
        var shape = CanonicalAbi.VariantShapeOf(arena.ToModel(), result.Id).ShouldNotBeNull();
        shape.Discriminant.ShouldBe(PrimitiveKind.U8);
        shape.DiscriminantSize.ShouldBe(1u);
        shape.DiscriminantCoreType.ShouldBe(CoreType.I32);
        shape.PayloadOffset.ShouldBe(8u);
        shape.Size.ShouldBe(16u);
        shape.Alignment.ShouldBe(8u);
    }

    [Fact]
    public void Large_enum_uses_a_u16_discriminant_and_payload_right_after()
    {
        var arena = new TypeArena();
        var @enum = arena.Add(Enum(300));
        var shape = CanonicalAbi.VariantShapeOf(arena.ToModel(), @enum.Id).ShouldNotBeNull();
        shape.Discriminant.ShouldBe(PrimitiveKind.U16);
        shape.PayloadOffset.ShouldBe(2u);
        shape.Size.ShouldBe(2u);
    }

    [Fact]
    public void Option_and_variant_shapes_align_the_payload_to_the_largest_case()
    {
        var arena = new TypeArena();
        var option = arena.Add(new OptionKind(Str));
        var variant = arena.Add(Variant(null, U16, U8));
        var model = arena.ToModel();
        CanonicalAbi.VariantShapeOf(model, option.Id).ShouldNotBeNull().PayloadOffset.ShouldBe(4u);
        CanonicalAbi.VariantShapeOf(model, variant.Id).ShouldNotBeNull().PayloadOffset.ShouldBe(2u);
        CanonicalAbi.VariantShapeOf(model, variant.Id).ShouldNotBeNull().Size.ShouldBe(4u);
    }

    [Fact]
    public void Non_variant_types_have_no_shape()
    {
        var arena = new TypeArena();
        var record = arena.Add(Record(U8));
        CanonicalAbi.VariantShapeOf(arena.ToModel(), record.Id).ShouldBeNull();
    }

    [Theory]
    [InlineData(0u, 4u, 0u)]
    [InlineData(1u, 4u, 4u)]
    [InlineData(4u, 4u, 4u)]
    [InlineData(5u, 8u, 8u)]
    [InlineData(7u, 1u, 7u)]
    [InlineData(uint.MaxValue, 8u, uint.MaxValue)]
    public void AlignTo_rounds_up_and_saturates(uint offset, uint alignment, uint expected) =>
        CanonicalAbi.AlignTo(offset, alignment).ShouldBe(expected);
}
