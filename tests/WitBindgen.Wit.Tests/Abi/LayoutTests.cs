using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;
using static WitBindgen.Wit.Abi.CoreType;
using static WitBindgen.Wit.Tests.Abi.TypeArena;

namespace WitBindgen.Wit.Tests.Abi;

/// <summary>Sizes, alignments and flat types, each derived by hand from CanonicalABI.md's definitions.</summary>
public sealed class LayoutTests
{
    private static void ShouldBe(TypeLayout layout, uint size, uint alignment, params CoreType[] flat)
    {
        layout.Size.ShouldBe(size, "size");
        layout.Alignment.ShouldBe(alignment, "alignment");
        layout.Flat.ToArray().ShouldBe(flat, "flat");
    }

    [Theory]
    [InlineData(PrimitiveKind.Bool, 1u, 1u, I32)]
    [InlineData(PrimitiveKind.S8, 1u, 1u, I32)]
    [InlineData(PrimitiveKind.U16, 2u, 2u, I32)]
    [InlineData(PrimitiveKind.S32, 4u, 4u, I32)]
    [InlineData(PrimitiveKind.Char, 4u, 4u, I32)]
    [InlineData(PrimitiveKind.U64, 8u, 8u, I64)]
    [InlineData(PrimitiveKind.F32, 4u, 4u, F32)]
    [InlineData(PrimitiveKind.F64, 8u, 8u, F64)]
    [InlineData(PrimitiveKind.ErrorContext, 4u, 4u, I32)]
    public void Primitives_have_their_natural_size_and_one_flat_value(PrimitiveKind kind, uint size, uint alignment, CoreType flat) =>
        ShouldBe(CanonicalAbi.PrimitiveLayout(kind), size, alignment, flat);

    [Fact]
    public void String_is_a_pointer_and_a_length() => ShouldBe(CanonicalAbi.PrimitiveLayout(PrimitiveKind.String), 8, 4, I32, I32);

    [Fact]
    public void Record_pads_each_field_to_its_alignment_and_the_end_to_the_largest()
    {
        var arena = new TypeArena();
        var record = arena.Add(Record(U8, U32, U16));
        ShouldBe(arena.LayoutOf(record), 12, 4, I32, I32, I32);
    }

    [Fact]
    public void Record_with_a_double_in_the_middle_aligns_to_eight()
    {
        var arena = new TypeArena();
        var record = arena.Add(Record(WitType.Of(PrimitiveKind.Char), Float64, WitType.Of(PrimitiveKind.Bool)));
        ShouldBe(arena.LayoutOf(record), 24, 8, I32, F64, I32);
    }

    [Fact]
    public void Empty_record_is_empty_and_byte_aligned()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Record())), 0, 1);
    }

    [Fact]
    public void Tuple_lays_out_like_a_record()
    {
        var arena = new TypeArena();
        var tuple = arena.Add(new TupleKind(new[] { U8, U64 }));
        ShouldBe(arena.LayoutOf(tuple), 16, 8, I32, I64);
    }

    [Fact]
    public void Result_of_u64_and_u8_puts_the_payload_at_eight_and_joins_to_i64()
    {
        var arena = new TypeArena();
        var result = arena.Add(new ResultKind(U64, U8));
        ShouldBe(arena.LayoutOf(result), 16, 8, I32, I64);
    }

    [Fact]
    public void Result_without_payloads_is_just_a_discriminant()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(new ResultKind(null, null))), 1, 1, I32);
    }

    [Fact]
    public void Variant_of_f32_and_u32_joins_to_i32()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Variant(Float32, U32))), 8, 4, I32, I32);
    }

    [Fact]
    public void Variant_of_f32_and_f32_keeps_f32()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Variant(Float32, Float32))), 8, 4, I32, F32);
    }

    [Fact]
    public void Variant_of_f32_and_s64_joins_to_i64()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Variant(Float32, S64))), 16, 8, I32, I64);
    }

    [Fact]
    public void Variant_of_f64_and_f32_joins_to_i64()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Variant(Float64, Float32))), 16, 8, I32, I64);
    }

    [Fact]
    public void Variant_payloads_of_different_lengths_join_position_wise_and_keep_the_longer_tail()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Variant(null, Str, Float32))), 12, 4, I32, I32, I32);
    }

    [Theory]
    [InlineData(JoinCase.Same, I32, I32, I32)]
    [InlineData(JoinCase.Same, F64, F64, F64)]
    [InlineData(JoinCase.Mixed, I32, F32, I32)]
    [InlineData(JoinCase.Mixed, F32, I32, I32)]
    [InlineData(JoinCase.Mixed, F32, I64, I64)]
    [InlineData(JoinCase.Mixed, I32, F64, I64)]
    [InlineData(JoinCase.Mixed, F32, F64, I64)]
    [InlineData(JoinCase.Mixed, I64, F64, I64)]
    public void Join_follows_the_spec(JoinCase _, CoreType a, CoreType b, CoreType joined) => CanonicalAbi.Join(a, b).ShouldBe(joined);

    /// <summary>Labels the join cases in test output.</summary>
    public enum JoinCase
    {
        /// <summary>Equal types.</summary>
        Same,

        /// <summary>Different types.</summary>
        Mixed,
    }

    [Fact]
    public void Option_of_string_aligns_the_payload_to_four()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(new OptionKind(Str))), 12, 4, I32, I32, I32);
    }

    [Fact]
    public void Option_of_u8_is_two_bytes()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(new OptionKind(U8))), 2, 1, I32, I32);
    }

    [Theory]
    [InlineData(1, 1u)]
    [InlineData(3, 1u)]
    [InlineData(256, 1u)]
    [InlineData(257, 2u)]
    [InlineData(65536, 2u)]
    [InlineData(65537, 4u)]
    public void Enum_discriminant_grows_with_the_case_count(int cases, uint size)
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Enum(cases))), size, size, I32);
    }

    [Theory]
    [InlineData(1, 1u, 1u, 1)]
    [InlineData(8, 1u, 1u, 1)]
    [InlineData(9, 2u, 2u, 1)]
    [InlineData(16, 2u, 2u, 1)]
    [InlineData(17, 4u, 4u, 1)]
    [InlineData(32, 4u, 4u, 1)]
    [InlineData(33, 8u, 4u, 2)]
    [InlineData(64, 8u, 4u, 2)]
    [InlineData(65, 12u, 4u, 3)]
    public void Flags_use_the_smallest_integer_then_u32_words(int flags, uint size, uint alignment, int words)
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Flags(flags))), size, alignment, Enumerable.Repeat(I32, words).ToArray());
    }

    [Fact]
    public void Flags_without_any_flag_are_empty()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(Flags(0))), 0, 1);
    }

    [Fact]
    public void Fixed_length_list_repeats_its_element_in_memory_and_flat()
    {
        var arena = new TypeArena();
        ShouldBe(arena.LayoutOf(arena.Add(new FixedLengthListKind(U32, 4))), 16, 4, I32, I32, I32, I32);
        ShouldBe(arena.LayoutOf(arena.Add(new FixedLengthListKind(U8, 3))), 3, 1, I32, I32, I32);
    }

    [Fact]
    public void Fixed_length_list_of_records_keeps_the_record_padding()
    {
        var arena = new TypeArena();
        var pair = arena.Add(Record(U8, U16));
        ShouldBe(arena.LayoutOf(arena.Add(new FixedLengthListKind(pair, 2))), 8, 2, I32, I32, I32, I32);
    }

    [Fact]
    public void Lists_and_maps_are_a_pointer_and_a_length_whatever_the_element()
    {
        var arena = new TypeArena();
        var big = arena.Add(Record(U64, U64, U64));
        ShouldBe(arena.LayoutOf(arena.Add(new ListKind(big))), 8, 4, I32, I32);
        ShouldBe(arena.LayoutOf(arena.Add(new MapKind(Str, big))), 8, 4, I32, I32);
    }

    [Fact]
    public void Handles_resources_futures_and_streams_are_one_i32()
    {
        var arena = new TypeArena();
        var resource = arena.Add(ResourceKind.Instance, "r");
        TypeDefKind[] kinds =
        {
            new HandleKind(HandleOwnership.Own, resource.Id),
            new HandleKind(HandleOwnership.Borrow, resource.Id),
            new FutureKind(null),
            new FutureKind(Str),
            new StreamKind(U8),
            new StreamKind(null),
        };
        ShouldBe(arena.LayoutOf(resource), 4, 4, I32);
        foreach (var kind in kinds)
        {
            ShouldBe(arena.LayoutOf(arena.Add(kind)), 4, 4, I32);
        }
    }

    [Fact]
    public void Alias_takes_its_target_layout_even_when_defined_before_it()
    {
        var arena = new TypeArena();
        var alias = arena.Reserve();
        var outer = arena.Add(Record(alias, U8));
        var target = arena.Add(new ResultKind(U64, U8));
        arena.Set(alias, new AliasKind(target));
        ShouldBe(arena.LayoutOf(alias), 16, 8, I32, I64);
        ShouldBe(arena.LayoutOf(outer), 24, 8, I32, I64, I32);
    }

    [Fact]
    public void Deep_forward_chains_do_not_overflow_the_stack()
    {
        const int depth = 50_000;
        var arena = new TypeArena();
        var slots = Enumerable.Range(0, depth).Select(_ => arena.Reserve()).ToArray();
        for (var i = 0; i < depth; i++)
        {
            arena.Set(slots[i], new OptionKind(i + 1 < depth ? slots[i + 1] : U8));
        }

        var layout = arena.Layouts()[0];
        layout.Size.ShouldBe((uint)depth + 1);
        layout.Flat.Count.ShouldBe(CanonicalAbi.MaxTrackedFlatLength);
    }

    [Fact]
    public void Cycles_and_dangling_references_lay_out_without_throwing()
    {
        var arena = new TypeArena();
        var a = arena.Reserve();
        var b = arena.Add(Record(a, U32));
        arena.Set(a, Record(b, U8));
        var dangling = arena.Add(Record(WitType.Of(new TypeId(1000)), U16));
        var selfAlias = arena.Reserve();
        arena.Set(selfAlias, new AliasKind(selfAlias));

        var layouts = arena.Layouts();

        layouts.Count.ShouldBe(4);
        ShouldBe(layouts[dangling.Id.Index], 2, 2, I32);
        ShouldBe(layouts[selfAlias.Id.Index], 0, 1);
    }

    [Fact]
    public void Huge_fixed_length_lists_saturate_instead_of_overflowing()
    {
        var arena = new TypeArena();
        var layout = arena.LayoutOf(arena.Add(new FixedLengthListKind(U64, uint.MaxValue)));
        layout.Size.ShouldBe(uint.MaxValue);
        layout.Alignment.ShouldBe(8u);
        layout.Flat.Count.ShouldBe(CanonicalAbi.MaxTrackedFlatLength);
    }

    [Fact]
    public void Layouts_are_parallel_to_the_arena_and_deterministic()
    {
        var arena = new TypeArena();
        arena.Add(Record(U8, U32, U16));
        arena.Add(new ListKind(U8));
        arena.Add(Flags(9));

        var first = arena.Layouts();

        first.Count.ShouldBe(3);
        first.ShouldBe(arena.Layouts());
    }
}
