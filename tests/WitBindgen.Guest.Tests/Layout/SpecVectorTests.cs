using System.Globalization;

namespace WitBindgen.Guest.Tests.Layout;

/// <summary>
/// The Canonical ABI specification's test vectors (<c>run_tests.py</c>), run through the generated lifting code:
/// flat values and memory images that must lift to a given value (rendered as in the differential tests), or trap.
/// Integer wrapping, flags (bits beyond the last flag ignored, 33 flags over two words), variant payload joins,
/// tuple and variant padding in lists, char validity and list alignment.
/// </summary>
public sealed class SpecVectorTests(SpecVectorFixture fixture) : IClassFixture<SpecVectorFixture>
{
    private const ulong F32Pi = 0x4048f5c3;
    private const ulong F64Pi = 0x40091EB851EB851F;

    [Theory]
    [InlineData("r1", new ulong[] { 1, 2, 3 }, "{1,2,3}")]
    [InlineData("tuple<tuple<u8, u8>, u8>", new ulong[] { 1, 2, 3 }, "((1,2),3)")]
    [InlineData("flags2", new ulong[] { 0 }, "{}")]
    [InlineData("flags2", new ulong[] { 2 }, "{b}")]
    [InlineData("flags2", new ulong[] { 3 }, "{a,b}")]
    [InlineData("flags2", new ulong[] { 4 }, "{}")]
    [InlineData("v1", new ulong[] { 0, 42 }, "x(42)")]
    [InlineData("v1", new ulong[] { 0, 256 }, "x(0)")]
    [InlineData("v1", new ulong[] { 1, F32Pi }, "y(3.14)")]
    [InlineData("v1", new ulong[] { 2, 0xffffffff }, "z")]
    [InlineData("u32-or-u64", new ulong[] { 0, 42 }, "a(42)")]
    [InlineData("u32-or-u64", new ulong[] { 0, 1UL << 35 }, "a(0)")]
    [InlineData("u32-or-u64", new ulong[] { 1, 1UL << 35 }, "b(34359738368)")]
    [InlineData("f32-or-u64", new ulong[] { 0, F32Pi }, "a(3.14)")]
    [InlineData("f32-or-u64", new ulong[] { 0, 1UL << 35 }, "a(0)")]
    [InlineData("f32-or-u64", new ulong[] { 1, 1UL << 35 }, "b(34359738368)")]
    [InlineData("f64-or-u64", new ulong[] { 0, F64Pi }, "a(3.14)")]
    [InlineData("f64-or-u64", new ulong[] { 1, 1UL << 35 }, "b(34359738368)")]
    [InlineData("only-u8", new ulong[] { 0, 42 }, "a(42)")]
    [InlineData("only-u8", new ulong[] { 0, 256 }, "a(0)")]
    [InlineData("only-u8", new ulong[] { 1, 256 }, null)]
    [InlineData("option<f32>", new ulong[] { 0, F32Pi }, "none")]
    [InlineData("option<f32>", new ulong[] { 1, F32Pi }, "some(3.14)")]
    [InlineData("result<u8, u32>", new ulong[] { 0, 42 }, "ok(42)")]
    [InlineData("result<u8, u32>", new ulong[] { 1, 1000 }, "err(1000)")]
    [InlineData("flags33", new ulong[] { 0xffffffff, 0x1 }, "{b0,b1,b2,b3,b4,b5,b6,b7,b8,b9,b10,b11,b12,b13,b14,b15,b16,b17,b18,b19,b20,b21,b22,b23,b24,b25,b26,b27,b28,b29,b30,b31,b32}")]
    [InlineData("e2", new ulong[] { 0 }, "a")]
    [InlineData("e2", new ulong[] { 1 }, "b")]
    [InlineData("e2", new ulong[] { 2 }, null)]
    public void Flat_values_lift_as_the_specification_says(string type, ulong[] flat, string? expected)
    {
        fixture.UseMemory(Array.Empty<byte>());
        Lift(type, flat).ShouldBe(expected);
    }

    [Fact]
    public void A_double_payload_joined_with_u64_keeps_its_bits()
    {
        fixture.UseMemory(Array.Empty<byte>());
        Lift("f64-or-u64", new ulong[] { 0, 1UL << 35 }).ShouldBe($"a({BitConverter.Int64BitsToDouble(1L << 35).ToString("R", CultureInfo.InvariantCulture)})");
    }

    [Theory]
    [InlineData("bool", 0UL, "false")]
    [InlineData("bool", 1UL, "true")]
    [InlineData("bool", 2UL, "true")]
    [InlineData("bool", 4294967295UL, "true")]
    [InlineData("u8", 127UL, "127")]
    [InlineData("u8", 128UL, "128")]
    [InlineData("u8", 255UL, "255")]
    [InlineData("u8", 256UL, "0")]
    [InlineData("u8", 4294967295UL, "255")]
    [InlineData("u8", 4294967168UL, "128")]
    [InlineData("u8", 4294967167UL, "127")]
    [InlineData("s8", 127UL, "127")]
    [InlineData("s8", 128UL, "-128")]
    [InlineData("s8", 255UL, "-1")]
    [InlineData("s8", 256UL, "0")]
    [InlineData("s8", 4294967295UL, "-1")]
    [InlineData("s8", 4294967168UL, "-128")]
    [InlineData("s8", 4294967167UL, "127")]
    [InlineData("u16", 32767UL, "32767")]
    [InlineData("u16", 32768UL, "32768")]
    [InlineData("u16", 65535UL, "65535")]
    [InlineData("u16", 65536UL, "0")]
    [InlineData("u16", 4294967295UL, "65535")]
    [InlineData("u16", 4294934528UL, "32768")]
    [InlineData("u16", 4294934527UL, "32767")]
    [InlineData("s16", 32767UL, "32767")]
    [InlineData("s16", 32768UL, "-32768")]
    [InlineData("s16", 65535UL, "-1")]
    [InlineData("s16", 65536UL, "0")]
    [InlineData("s16", 4294967295UL, "-1")]
    [InlineData("s16", 4294934528UL, "-32768")]
    [InlineData("s16", 4294934527UL, "32767")]
    [InlineData("u32", 2147483647UL, "2147483647")]
    [InlineData("u32", 2147483648UL, "2147483648")]
    [InlineData("u32", 4294967295UL, "4294967295")]
    [InlineData("s32", 2147483647UL, "2147483647")]
    [InlineData("s32", 2147483648UL, "-2147483648")]
    [InlineData("s32", 4294967295UL, "-1")]
    [InlineData("u64", 9223372036854775807UL, "9223372036854775807")]
    [InlineData("u64", 9223372036854775808UL, "9223372036854775808")]
    [InlineData("u64", 18446744073709551615UL, "18446744073709551615")]
    [InlineData("s64", 9223372036854775807UL, "9223372036854775807")]
    [InlineData("s64", 9223372036854775808UL, "-9223372036854775808")]
    [InlineData("s64", 18446744073709551615UL, "-1")]
    [InlineData("char", 0UL, "'0'")]
    [InlineData("char", 65UL, "'41'")]
    [InlineData("char", 0xD7FFUL, "'D7FF'")]
    [InlineData("char", 0xD800UL, null)]
    [InlineData("char", 0xDFFFUL, null)]
    [InlineData("char", 0xE000UL, "'E000'")]
    [InlineData("char", 0x10FFFFUL, "'10FFFF'")]
    [InlineData("char", 0x110000UL, null)]
    [InlineData("char", 0xFFFFFFFFUL, null)]
    public void Integers_wrap_and_chars_are_checked(string type, ulong flat, string? expected)
    {
        fixture.UseMemory(Array.Empty<byte>());
        Lift(type, new[] { flat }).ShouldBe(expected);
    }

    [Theory]
    [InlineData("list<bool>", 0u, 3u, new byte[] { 1, 0, 1 }, "[true,false,true]")]
    [InlineData("list<bool>", 0u, 3u, new byte[] { 1, 0, 2 }, "[true,false,true]")]
    [InlineData("list<bool>", 3u, 3u, new byte[] { 0xff, 0xff, 0xff, 1, 0, 1 }, "[true,false,true]")]
    [InlineData("list<u8>", 0u, 3u, new byte[] { 1, 2, 3 }, "[1,2,3]")]
    [InlineData("list<u16>", 0u, 3u, new byte[] { 1, 0, 2, 0, 3, 0 }, "[1,2,3]")]
    [InlineData("list<u16>", 1u, 3u, new byte[] { 0, 1, 0, 2, 0, 3, 0 }, null)]
    [InlineData("list<u32>", 0u, 3u, new byte[] { 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0 }, "[1,2,3]")]
    [InlineData("list<u64>", 0u, 2u, new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0 }, "[1,2]")]
    [InlineData("list<s8>", 0u, 3u, new byte[] { 0xff, 0xfe, 0xfd }, "[-1,-2,-3]")]
    [InlineData("list<s16>", 0u, 3u, new byte[] { 0xff, 0xff, 0xfe, 0xff, 0xfd, 0xff }, "[-1,-2,-3]")]
    [InlineData("list<s32>", 0u, 3u, new byte[] { 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xfd, 0xff, 0xff, 0xff }, "[-1,-2,-3]")]
    [InlineData("list<s64>", 0u, 2u, new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }, "[-1,-2]")]
    [InlineData("list<char>", 0u, 3u, new byte[] { 65, 0, 0, 0, 66, 0, 0, 0, 99, 0, 0, 0 }, "['41','42','63']")]
    [InlineData("list<string>", 0u, 2u, new byte[] { 16, 0, 0, 0, 2, 0, 0, 0, 21, 0, 0, 0, 3, 0, 0, 0, (byte)'h', (byte)'i', 0xf, 0xf, 0xf, (byte)'w', (byte)'a', (byte)'t' }, "[\"hi\",\"wat\"]")]
    [InlineData("list<list<u8>>", 0u, 3u, new byte[] { 24, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 0, 0, 0, 2, 0, 0, 0, 3, 4, 5, 6, 7 }, "[[3,4,5],[],[6,7]]")]
    [InlineData("list<list<u16>>", 0u, 1u, new byte[] { 8, 0, 0, 0, 2, 0, 0, 0, 5, 0, 6, 0 }, "[[5,6]]")]
    [InlineData("list<list<u16>>", 0u, 1u, new byte[] { 9, 0, 0, 0, 2, 0, 0, 0, 0, 5, 0, 6, 0 }, null)]
    [InlineData("list<tuple<u8, u8, u16, u32>>", 0u, 2u, new byte[] { 6, 7, 8, 0, 9, 0, 0, 0, 4, 5, 6, 0, 7, 0, 0, 0 }, "[(6,7,8,9),(4,5,6,7)]")]
    [InlineData("list<tuple<u8, u16, u8, u32>>", 0u, 2u, new byte[] { 6, 0xff, 7, 0, 8, 0xff, 0xff, 0xff, 9, 0, 0, 0, 4, 0xff, 5, 0, 6, 0xff, 0xff, 0xff, 7, 0, 0, 0 }, "[(6,7,8,9),(4,5,6,7)]")]
    [InlineData("list<tuple<u16, u8>>", 0u, 2u, new byte[] { 6, 0, 7, 0x0ff, 8, 0, 9, 0xff }, "[(6,7),(8,9)]")]
    [InlineData("list<tuple<tuple<u16, u8>, u8>>", 0u, 2u, new byte[] { 4, 0, 5, 0xff, 6, 0xff, 7, 0, 8, 0xff, 9, 0xff }, "[((4,5),6),((7,8),9)]")]
    [InlineData("list<u32-or-u8>", 0u, 2u, new byte[] { 0, 0xff, 0xff, 0xff, 0, 1, 0, 0, 1, 0xff, 0xff, 0xff, 42, 0xff, 0xff, 0xff }, "[a(256),b(42)]")]
    [InlineData("list<tuple<u8-or-pair, u8>>", 0u, 2u, new byte[] { 1, 0xff, 5, 0, 6, 0xff, 7, 0xff, 0, 0xff, 8, 0xff, 0xff, 0xff, 9, 0xff }, "[(b((5,6)),7),(a(8),9)]")]
    [InlineData("list<flags2>", 0u, 3u, new byte[] { 0, 2, 3 }, "[{},{b},{a,b}]")]
    [InlineData("list<flags2>", 0u, 3u, new byte[] { 0, 2, 4 }, "[{},{b},{}]")]
    [InlineData("list<flags9>", 0u, 2u, new byte[] { 0xff, 0x1, 0, 0 }, "[{b0,b1,b2,b3,b4,b5,b6,b7,b8},{}]")]
    [InlineData("list<flags9>", 0u, 2u, new byte[] { 0xff, 0x3, 0, 0 }, "[{b0,b1,b2,b3,b4,b5,b6,b7,b8},{}]")]
    [InlineData("list<flags17>", 0u, 2u, new byte[] { 0xff, 0xff, 0x1, 0, 0, 0, 0, 0 }, "[{b0,b1,b2,b3,b4,b5,b6,b7,b8,b9,b10,b11,b12,b13,b14,b15,b16},{}]")]
    [InlineData("list<flags17>", 0u, 2u, new byte[] { 0xff, 0xff, 0x3, 0, 0, 0, 0, 0 }, "[{b0,b1,b2,b3,b4,b5,b6,b7,b8,b9,b10,b11,b12,b13,b14,b15,b16},{}]")]
    [InlineData("list<flags33>", 0u, 2u, new byte[] { 0xff, 0xff, 0xff, 0xff, 0x3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "[{b0,b1,b2,b3,b4,b5,b6,b7,b8,b9,b10,b11,b12,b13,b14,b15,b16,b17,b18,b19,b20,b21,b22,b23,b24,b25,b26,b27,b28,b29,b30,b31,b32},{}]")]
    public void Memory_images_lift_as_the_specification_says(string type, uint ptr, uint length, byte[] memory, string? expected)
    {
        fixture.UseMemory(memory);
        Lift(type, new ulong[] { ptr, length }).ShouldBe(expected);
    }

    [Fact]
    public void A_list_past_the_end_of_memory_traps()
    {
        fixture.UseMemory(new byte[] { 1, 2, 3 });
        Lift("list<u8>", new ulong[] { 1, 3 }).ShouldBeNull();
    }

    // The rendering of the lifted value, or null when lifting traps.
    private string? Lift(string type, ulong[] flat)
    {
        try
        {
            return fixture.Driver.LiftFlat(SpecVectorFixture.Index(type), flat);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
