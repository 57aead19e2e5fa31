using System.Buffers.Binary;
using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>
/// Whatever a guest hands over, lifting either gives the value the spec says or a <see cref="WitTrapException"/>
/// naming the function, the parameter or result and what is wrong; it never crashes and never allocates for a
/// length the memory cannot hold.
/// </summary>
public sealed class AbiHostileValueTests
{
    private const int MiB = 1 << 20;

    [Fact]
    public void A_list_claiming_two_billion_u64_in_a_1_MiB_memory_throws_before_allocating()
    {
        var function = AbiFunctions.Of("list<u64>");
        var cx = new AbiContext(function.Name, new ArrayGuestMemory(MiB, MiB), CanonicalStringEncoding.Utf8);
        var arguments = new ComponentVal[1];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var trap = Should.Throw<WitTrapException>(() => function.LiftArguments(cx, [16, 1u << 31], arguments));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        trap.Message.ShouldStartWith("call16: parameter 'v' is a list of 2147483648 u64 (17179869184 bytes), over the 268435455-byte limit");
        allocated.ShouldBeLessThan(64 * 1024);
    }

    [Fact]
    public void A_list_whose_byte_length_overflows_32_bits_is_measured_in_64()
    {
        // 0x2000_0001 × 8 = 0x1_0000_0008, which wraps to 8 in 32-bit arithmetic.
        LiftArgument("list<u64>", [16, 0x2000_0001]).Message.ShouldContain("(4294967304 bytes), over the 268435455-byte limit");
    }

    [Fact]
    public void A_list_past_the_end_of_memory_or_misaligned_is_refused()
    {
        LiftArgument("list<u8>", [MiB - 16, 17]).Message.ShouldBe(
            "call13: parameter 'v' points a list of 17 u8 at 0xFFFF0 (17 bytes), out of bounds of the 1048576-byte memory.");
        LiftArgument("list<s32>", [2, 1]).Message.ShouldBe("call15: parameter 'v' points a list of 1 s32 at 0x2, which is not aligned to 4.");
        LiftArgument("list<u8>", [uint.MaxValue, 1]).Message.ShouldContain("out of bounds");
    }

    [Fact]
    public void Invalid_utf8_and_utf16_and_misaligned_utf16_are_refused()
    {
        LiftArgument("string", [0x100, 2], m => Put(m, 0x100, 0xC3, 0x28)).Message
            .ShouldBe("call12: parameter 'v' is a string at 0x100 (2 bytes) that is not valid UTF-8.");
        LiftArgument("string", [0x100, 2], m => Put(m, 0x100, 0x00, 0xD8, 0x41, 0x00), CanonicalStringEncoding.Utf16).Message
            .ShouldBe("call12: parameter 'v' is a string at 0x100 (2 code units) that is not valid UTF-16 (unpaired surrogate).");
        LiftArgument("string", [0x101, 1 | 0x8000_0000u], encoding: CanonicalStringEncoding.Latin1Utf16).Message
            .ShouldContain("at 0x101, which is not aligned to 2");
        LiftArgument("string", [0x101, 1], encoding: CanonicalStringEncoding.Utf16).Message.ShouldContain("not aligned to 2");
    }

    [Fact]
    public void Strings_over_the_spec_limit_are_refused_counting_the_latin1_utf16_tag()
    {
        LiftArgument("string", [0, 1u << 28]).Message.ShouldContain("is a string of 268435456 bytes");
        LiftArgument("string", [0, 1u << 27], encoding: CanonicalStringEncoding.Utf16).Message.ShouldContain("is a string of 268435456 bytes");

        // Tagged UTF-16: 2^27 code units are 2^28 bytes; untagged the same number is 2^27 latin1 bytes, in the limit but not in memory.
        LiftArgument("string", [0, (1u << 27) | 0x8000_0000u], encoding: CanonicalStringEncoding.Latin1Utf16).Message.ShouldContain("is a string of 268435456 bytes");
        LiftArgument("string", [0, 1u << 27], encoding: CanonicalStringEncoding.Latin1Utf16).Message.ShouldContain("out of bounds");
    }

    [Fact]
    public void Latin1_text_lifts_byte_for_character()
    {
        using var value = new OwnedVal(LiftArg("string", [0x100, 3], m => Put(m, 0x100, 0x61, 0xE9, 0xFF), CanonicalStringEncoding.Latin1Utf16));
        value.Value.GetString().ShouldBe("aéÿ");
    }

    [Fact]
    public void Chars_outside_the_unicode_scalar_values_are_refused()
    {
        LiftArgument("char", [0xD800]).Message.ShouldBe("call11: parameter 'v' is char 0xD800, which is a surrogate and not a Unicode scalar value.");
        LiftArgument("char", [0x110000]).Message.ShouldContain("above U+10FFFF");
        using var max = new OwnedVal(LiftResult("char", [0x10FFFF]));
        max.Value.GetChar().Value.ShouldBe(0x10FFFF);
        LiftArgument("list<char>", [16, 1], m => BinaryPrimitives.WriteUInt32LittleEndian(m[16..], 0xDFFF)).Message.ShouldContain("is char 0xDFFF");
    }

    [Fact]
    public void Discriminants_past_the_last_case_are_refused_flat_and_in_memory()
    {
        LiftArgument("color", [3]).Message.ShouldBe("call28: parameter 'v' has discriminant 3, but enum has 3 cases.");
        LiftArgument("option<u32>", [2, 7]).Message.ShouldContain("has discriminant 2");
        LiftArgument("result<u32, string>", [2, 0, 0]).Message.ShouldContain("has discriminant 2");
        LiftArgument("big", [300, 0, 0]).Message.ShouldContain("has discriminant 300, but variant has 300 cases");

        // option<f64> and big pass results through memory: a u8 and a u16 discriminant.
        LiftResultTrap("option<f64>", [64], m => m[64] = 2);
        LiftResultTrap("big", [64], m => BinaryPrimitives.WriteUInt16LittleEndian(m[64..], 0xFFFF));
    }

    [Fact]
    public void Bools_are_any_nonzero_value_narrow_integers_are_truncated_and_unknown_flag_bits_ignored()
    {
        using (var value = new OwnedVal(LiftResult("bool", [0x100])))
        {
            value.Value.GetBool().ShouldBeTrue();
        }

        using (var value = new OwnedVal(LiftArg("list<bool>", [16, 2], m => Put(m, 16, 0x80, 0x00))))
        {
            value.Value.ToString().ShouldBe("[true, false]");
        }

        using (var u8 = new OwnedVal(LiftResult("u8", [0x1FF])))
        using (var s8 = new OwnedVal(LiftResult("s8", [0x80])))
        using (var u16 = new OwnedVal(LiftResult("u16", [0x12345])))
        using (var s16 = new OwnedVal(LiftResult("s16", [0xFFFF_8000])))
        {
            u8.Value.GetU8().ShouldBe((byte)0xFF);
            s8.Value.GetS8().ShouldBe((sbyte)-128);
            u16.Value.GetU16().ShouldBe((ushort)0x2345);
            s16.Value.GetS16().ShouldBe((short)-32768);
        }

        using (var flags = new OwnedVal(LiftResult("flags8", [0xFFFF_FF05])))
        {
            flags.Value.GetFlags().ToArray().Select(n => n.ToString()).ShouldBe(["b0", "b2"]);
        }

        var words = new ulong[] { 0, 0xFFFF_FF01 };
        using (var flags = new OwnedVal(LiftFlat("flags40", words)))
        {
            flags.Value.GetFlags().ToArray().Select(n => n.ToString()).ShouldBe(["b32"]);
        }
    }

    [Fact]
    public void Nans_are_canonicalized_when_lifted()
    {
        using var f32 = new OwnedVal(LiftResult("f32", [0x7FC0_0001]));
        using var f64 = new OwnedVal(LiftResult("f64", [0xFFF0_0000_0000_0001]));
        BitConverter.SingleToUInt32Bits(f32.Value.GetF32()).ShouldBe(0x7FC0_0000u);
        BitConverter.DoubleToUInt64Bits(f64.Value.GetF64()).ShouldBe(0x7FF8_0000_0000_0000UL);
    }

    [Fact]
    public void A_result_pointer_out_of_bounds_or_misaligned_is_refused()
    {
        LiftResultTrap("padded", [4]).ShouldBe("call26: the result points to its value at 0x4, which is not aligned to 8.");
        LiftResultTrap("padded", [MiB - 16]).ShouldBe("call26: the result points to its value at 0xFFFF0 (24 bytes), out of bounds of the 1048576-byte memory.");
    }

    [Fact]
    public void Parameters_in_memory_at_a_bad_pointer_are_refused()
    {
        var function = AbiFunctions.All.Single(f => f.Name == "many");
        var memory = new ArrayGuestMemory(MiB);
        var arguments = new ComponentVal[function.Parameters.Length];
        Should.Throw<WitTrapException>(() => function.LiftArguments(new AbiContext("many", memory, CanonicalStringEncoding.Utf8), [3], arguments))
            .Message.ShouldBe("many: the parameter list points to its tuple at 0x3, which is not aligned to 8.");
    }

    [Fact]
    public void A_failure_half_way_through_the_arguments_releases_the_ones_already_lifted()
    {
        var function = AbiFunctions.All.Single(f => f.Name == "many");
        var memory = new ArrayGuestMemory(MiB);
        var tuple = function.ParameterTuple;

        // p0 is an empty string, p1 a u64, p2 a string past the end of memory.
        BinaryPrimitives.WriteUInt32LittleEndian(memory.Span[(int)(64 + tuple.Offsets[2])..], MiB);
        BinaryPrimitives.WriteUInt32LittleEndian(memory.Span[(int)(64 + tuple.Offsets[2] + 4)..], 1);
        var arguments = new ComponentVal[function.Parameters.Length];
        Should.Throw<WitTrapException>(() => function.LiftArguments(new AbiContext("many", memory, CanonicalStringEncoding.Utf8), [64], arguments))
            .Message.ShouldStartWith("many: parameter 'p2' points a string at 0x100000");
        arguments.ShouldAllBe(a => a.Kind == ComponentValKind.Bool);
    }

    [Fact]
    public void A_realloc_returning_a_misaligned_or_out_of_bounds_pointer_is_refused()
    {
        var function = AbiFunctions.Of("list<s32>");
        using var list = new OwnedVal(ComponentVal.List([ComponentVal.S32(1), ComponentVal.S32(2)]));
        Should.Throw<WitTrapException>(() => Lower(function, list.Value, new HostileMemory(MiB, (_, _, _, _) => 6)))
            .Message.ShouldBe("call15: parameter 'v' could not be stored: realloc returned 0x6 for 8 bytes, which is not aligned to 4.");
        Should.Throw<WitTrapException>(() => Lower(function, list.Value, new HostileMemory(MiB, (_, _, _, _) => MiB - 4)))
            .Message.ShouldBe("call15: parameter 'v' could not be stored: realloc returned 0xFFFFC for 8 bytes, out of bounds of the 1048576-byte memory.");

        // The second realloc of a latin1+utf16 string (growing to UTF-16) is checked too.
        var calls = 0;
        var text = AbiFunctions.Of("string");
        using var euro = new OwnedVal(ComponentVal.String("a€"));
        Should.Throw<WitTrapException>(() => Lower(text, euro.Value, new HostileMemory(MiB, (_, _, _, _) => ++calls == 1 ? 64u : 65u), CanonicalStringEncoding.Latin1Utf16))
            .Message.ShouldContain("realloc returned 0x41 for 8 bytes, which is not aligned to 2");
    }

    [Fact]
    public void A_host_value_of_the_wrong_kind_names_the_function_and_the_parameter()
    {
        using var number = new OwnedVal(ComponentVal.U32(5));
        Should.Throw<WitTrapException>(() => Lower(AbiFunctions.Of("string"), number.Value, new ArrayGuestMemory()))
            .Message.ShouldBe("call12: parameter 'v' is a U32 value (5) where the type is string (type mismatch).");
        using var unknown = new OwnedVal(ComponentVal.Enum("purple"));
        Should.Throw<WitTrapException>(() => Lower(AbiFunctions.Of("color"), unknown.Value, new ArrayGuestMemory()))
            .Message.ShouldBe("call28: parameter 'v' is case 'purple', which enum does not have.");
    }

    [Fact]
    public void A_string_without_a_memory_is_refused()
    {
        using var text = new OwnedVal(ComponentVal.String("x"));
        var flat = new ulong[2];
        Should.Throw<WitTrapException>(() => AbiFunctions.Of("string").LowerArguments(new AbiContext("f", null, CanonicalStringEncoding.Utf8), [text.Value], flat))
            .Message.ShouldBe("f: parameter 'v' needs linear memory but the function's canonical options name none.");
    }

    private static WitTrapException LiftArgument(string wit, ulong[] flat, Action<Span<byte>>? setup = null, CanonicalStringEncoding encoding = CanonicalStringEncoding.Utf8)
    {
        var function = AbiFunctions.Of(wit);
        var memory = new ArrayGuestMemory(MiB, MiB);
        setup?.Invoke(memory.Span);
        var arguments = new ComponentVal[1];
        var trap = Should.Throw<WitTrapException>(() => function.LiftArguments(new AbiContext(function.Name, memory, encoding), flat, arguments));
        trap.FunctionName.ShouldBe(function.Name);
        return trap;
    }

    private static ComponentVal LiftResult(string wit, ulong[] flat, Action<Span<byte>>? setup = null, CanonicalStringEncoding encoding = CanonicalStringEncoding.Utf8)
    {
        var function = AbiFunctions.Of(wit);
        var memory = new ArrayGuestMemory(MiB, MiB);
        setup?.Invoke(memory.Span);
        return function.LiftResult(new AbiContext(function.Name, memory, encoding), flat)!.Value;
    }

    private static string LiftResultTrap(string wit, ulong[] flat, Action<Span<byte>>? setup = null)
    {
        var function = AbiFunctions.Of(wit);
        var memory = new ArrayGuestMemory(MiB, MiB);
        setup?.Invoke(memory.Span);
        return Should.Throw<WitTrapException>(() => function.LiftResult(new AbiContext(function.Name, memory, CanonicalStringEncoding.Utf8), flat)).Message;
    }

    private static ComponentVal LiftArg(string wit, ulong[] flat, Action<Span<byte>>? setup = null, CanonicalStringEncoding encoding = CanonicalStringEncoding.Utf8)
    {
        var function = AbiFunctions.Of(wit);
        var memory = new ArrayGuestMemory(MiB, MiB);
        setup?.Invoke(memory.Span);
        var arguments = new ComponentVal[1];
        function.LiftArguments(new AbiContext(function.Name, memory, encoding), flat, arguments);
        return arguments[0];
    }

    private static void Put(Span<byte> memory, int offset, params byte[] bytes) => bytes.CopyTo(memory[offset..]);

    private static ComponentVal LiftFlat(string wit, ulong[] flat)
    {
        var index = 0;
        return CanonicalLift.LiftFlat(new AbiContext("f", null, CanonicalStringEncoding.Utf8), AbiFunctions.Type(wit), flat, ref index);
    }

    private static void Lower(FunctionAbi function, in ComponentVal value, IGuestMemory memory, CanonicalStringEncoding encoding = CanonicalStringEncoding.Utf8)
    {
        var flat = new ulong[16];
        function.LowerArguments(new AbiContext(function.Name, memory, encoding), [value], flat);
    }
}
