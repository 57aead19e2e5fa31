using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>
/// Known values give the exact bytes, core values and realloc calls that <c>definitions.py</c> prescribes (worked out by
/// hand from <c>store</c>, <c>lower_flat_variant</c> and <c>store_string_into_range</c>).
/// </summary>
public sealed class AbiMemoryImageTests
{
    [Fact]
    public void A_record_with_padding_stores_its_fields_at_their_offsets_and_leaves_the_padding_alone()
    {
        // record padded { a: u8, b: u64, c: u16, d: f32 }: a@0, b@8, c@16, d@20, 24 bytes aligned to 8.
        var function = AbiFunctions.Of("padded");
        function.Result!.Size.ShouldBe(24u);
        function.Result.Alignment.ShouldBe(8u);
        function.ResultInMemory.ShouldBeTrue();
        var memory = new ArrayGuestMemory();
        memory.Span.Fill(0xEE);
        var value = ComponentVal.NewRecord(4);
        value.SetRecordField(0, "a"u8, ComponentVal.U8(0x11));
        value.SetRecordField(1, "b"u8, ComponentVal.U64(0x2233445566778899));
        value.SetRecordField(2, "c"u8, ComponentVal.U16(0xAABB));
        value.SetRecordField(3, "d"u8, ComponentVal.F32(1.0f));
        try
        {
            // The lowered function takes the record's four flat values, then the return pointer.
            function.LowerResult(new AbiContext("padded", memory, CanonicalStringEncoding.Utf8), value, [0, 0, 0, 0, 0x100], new ulong[1]).ShouldBe(0);
        }
        finally
        {
            value.Dispose();
        }

        Convert.ToHexString(memory.Span.Slice(0x100, 24)).ShouldBe(
            "11EEEEEEEEEEEEEE" + "9988776655443322" + "BBAAEEEE" + "0000803F");
    }

    [Fact]
    public void A_variant_of_f32_and_u64_joins_to_i64_in_flat_values_and_puts_its_payload_at_offset_8_in_memory()
    {
        // variant joins { a(f32), b(u64), c(s8), d(f64), e(tuple<f32, f32>), f(tuple<u8, f64>) }
        var function = AbiFunctions.Of("joins");
        function.Result!.Flat.ShouldBe([FlatType.I32, FlatType.I64, FlatType.I64]);
        var memory = new ArrayGuestMemory();
        var cx = new AbiContext("joins", memory, CanonicalStringEncoding.Utf8);

        var a = ComponentVal.Variant("a"u8, ComponentVal.F32(1.5f));
        var b = ComponentVal.Variant("b"u8, ComponentVal.U64(0x1_0000_0002));
        var c = ComponentVal.Variant("c"u8, ComponentVal.S8(-2));
        try
        {
            Flat(cx, function.Parameters[0], a).ShouldBe([0UL, 0x3FC00000UL, 0UL]);
            Flat(cx, function.Parameters[0], b).ShouldBe([1UL, 0x1_0000_0002UL, 0UL]);
            Flat(cx, function.Parameters[0], c).ShouldBe([2UL, 0xFFFF_FFFEUL, 0UL]);

            memory.Span.Slice(0, 64).Clear();
            CanonicalLower.Store(cx, a, function.Result, 16);
            CanonicalLower.Store(cx, b, function.Result, 48);

            // Discriminant u8 at 0, payload at 8, 24 bytes (the largest payload, tuple<u8, f64>, is 16).
            function.Result.Size.ShouldBe(24u);
            Convert.ToHexString(memory.Span.Slice(16, 24)).ShouldBe("00000000000000000000C03F" + "000000000000000000000000");
            Convert.ToHexString(memory.Span.Slice(48, 16)).ShouldBe("0100000000000000" + "0200000001000000");
        }
        finally
        {
            a.Dispose();
            b.Dispose();
            c.Dispose();
        }
    }

    [Fact]
    public void A_latin1_utf16_string_is_latin1_when_it_can_be_and_tagged_utf16_when_not()
    {
        var memory = new ArrayGuestMemory { RecordCalls = true };
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Latin1Utf16);

        // "aé" from UTF-8 (3 bytes): one byte a code unit allocated, two used, shrunk.
        var (latin1, latin1Length) = CanonicalStrings.StoreUtf8(cx, "aé"u8);
        latin1Length.ShouldBe(2u);
        Convert.ToHexString(memory.Span.Slice((int)latin1, 2)).ShouldBe("61E9");
        memory.Calls.ShouldBe([(0u, 0u, 2u, 3u), (latin1, 3u, 2u, 2u)]);

        // "a€" from UTF-8 (4 bytes): latin1 until '€', then grown to 8 bytes, 'a' widened, the rest UTF-16, shrunk to 4.
        memory.Calls.Clear();
        var (utf16, tagged) = CanonicalStrings.StoreUtf8(cx, "a€"u8);
        tagged.ShouldBe(2u | 0x8000_0000u);
        Convert.ToHexString(memory.Span.Slice((int)utf16, 4)).ShouldBe("6100AC20");
        memory.Calls.Select(c => (c.OldSize, c.Alignment, c.NewSize)).ShouldBe([(0u, 2u, 4u), (4u, 2u, 8u), (8u, 2u, 4u)]);
        memory.Calls[1].OldPointer.ShouldNotBe(0u);
        memory.Calls[2].OldPointer.ShouldBe(utf16);

        // And both lift back.
        CanonicalStrings.LoadString(cx, latin1, latin1Length).ShouldBe("aé");
        CanonicalStrings.LoadString(cx, utf16, tagged).ShouldBe("a€");
    }

    [Fact]
    public void Dotnet_text_stored_as_utf8_starts_at_one_byte_a_code_unit_and_grows_to_three_at_the_first_non_ascii_character()
    {
        var memory = new ArrayGuestMemory { RecordCalls = true };
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Utf8);
        var (pointer, length) = CanonicalStrings.StoreUtf16(cx, "aé");
        length.ShouldBe(3u);
        Convert.ToHexString(memory.Span.Slice((int)pointer, 3)).ShouldBe("61C3A9");
        memory.Calls.Select(c => (c.OldSize, c.Alignment, c.NewSize)).ShouldBe([(0u, 1u, 2u), (2u, 1u, 6u), (6u, 1u, 3u)]);
    }

    [Fact]
    public void Utf8_stored_as_utf16_allocates_a_code_unit_a_byte_and_shrinks()
    {
        var memory = new ArrayGuestMemory { RecordCalls = true };
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Utf16);
        var (pointer, length) = CanonicalStrings.StoreUtf8(cx, "a€"u8);
        length.ShouldBe(2u);
        Convert.ToHexString(memory.Span.Slice((int)pointer, 4)).ShouldBe("6100AC20");
        memory.Calls.Select(c => (c.OldSize, c.Alignment, c.NewSize)).ShouldBe([(0u, 2u, 8u), (8u, 2u, 4u)]);
    }

    [Fact]
    public void Flags_pack_in_declaration_order_into_the_smallest_integer_then_32_bit_words()
    {
        var flags8 = AbiFunctions.Type("flags8");
        var flags40 = AbiFunctions.Type("flags40");
        flags8.Size.ShouldBe(1u);
        flags40.Size.ShouldBe(8u);
        flags40.Flat.ShouldBe([FlatType.I32, FlatType.I32]);
        var memory = new ArrayGuestMemory();
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Utf8);
        var value = ComponentVal.Flags("b0", "b3", "b33");
        try
        {
            Flat(cx, flags40, value).ShouldBe([0b1001UL, 0b10UL]);
            CanonicalLower.Store(cx, value, flags40, 64);
            Convert.ToHexString(memory.Span.Slice(64, 8)).ShouldBe("0900000002000000");
        }
        finally
        {
            value.Dispose();
        }
    }

    private static ulong[] Flat(AbiContext cx, AbiType type, in ComponentVal value)
    {
        var flat = new ulong[type.FlatCount];
        var index = 0;
        CanonicalLower.LowerFlat(cx, value, type, flat, ref index);
        index.ShouldBe(type.FlatCount);
        return flat;
    }
}
