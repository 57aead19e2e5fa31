using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>
/// The typed paths generated bindings use, a <c>T[]</c> of integers or floats by one block copy and a <c>string</c>
/// decoded straight from memory, give the same values and the same checks as the <see cref="ComponentVal"/> path.
/// </summary>
public sealed class AbiTypedPathTests
{
    [Fact]
    public void Arrays_of_every_integer_and_float_round_trip_by_block_copy()
    {
        var memory = new ArrayGuestMemory { RecordCalls = true };
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Utf8);
        var random = new Random(7);
        var longs = Enumerable.Range(0, 1000).Select(_ => random.NextInt64()).ToArray();
        var (pointer, length) = CanonicalLower.StoreBlittable<long>(cx, longs);
        memory.Calls.ShouldBe([(0u, 0u, 8u, 8000u)]);
        CanonicalLift.LoadBlittable<long>(cx, AbiFunctions.Type("list<u64>").Element!, pointer, length).ShouldBe(longs);

        var shorts = Enumerable.Range(0, 999).Select(i => (ushort)(i * 65)).ToArray();
        var (shortPointer, shortLength) = CanonicalLower.StoreBlittable<ushort>(cx, shorts);
        CanonicalLift.LoadBlittable<ushort>(cx, AbiFunctions.Type("list<u16>").Element!, shortPointer, shortLength).ShouldBe(shorts);

        // The typed path and the ComponentVal path read the same bytes the same way.
        var arguments = new ComponentVal[1];
        AbiFunctions.Of("list<u16>").LiftArguments(cx, [shortPointer, shortLength], arguments);
        try
        {
            arguments[0].GetList().ToArray().Select(v => v.GetU16()).ShouldBe(shorts);
        }
        finally
        {
            arguments[0].Dispose();
        }
    }

    [Fact]
    public void Float_arrays_come_back_with_nans_canonicalized()
    {
        var memory = new ArrayGuestMemory();
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Utf8);
        var floats = new[] { 1.5f, BitConverter.UInt32BitsToSingle(0xFFC0_1234), float.PositiveInfinity };
        var (pointer, length) = CanonicalLower.StoreBlittable<float>(cx, floats);
        var lifted = CanonicalLift.LoadBlittable<float>(cx, AbiFunctions.Type("list<f32>").Element!, pointer, length);
        lifted.Select(BitConverter.SingleToUInt32Bits).ShouldBe([0x3FC0_0000u, 0x7FC0_0000u, 0x7F80_0000u]);
    }

    [Fact]
    public void A_typed_list_too_long_for_the_memory_throws_before_allocating()
    {
        var cx = new AbiContext("f", new ArrayGuestMemory(1 << 20, 1 << 20), CanonicalStringEncoding.Utf8);
        var element = AbiFunctions.Type("list<u64>").Element!;
        var before = GC.GetAllocatedBytesForCurrentThread();
        Should.Throw<WitTrapException>(() => CanonicalLift.LoadBlittable<ulong>(cx, element, 8, 1 << 20))
            .Message.ShouldBe("f: a value points a list of 1048576 u64 at 0x8 (8388608 bytes), out of bounds of the 1048576-byte memory.");
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(64 * 1024);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf16")]
    [InlineData("latin1+utf16")]
    public void Dotnet_strings_round_trip_in_every_encoding(string encoding)
    {
        var memory = new ArrayGuestMemory();
        var cx = new AbiContext("f", memory, AbiRoundTripTests.Encoding(encoding));
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var text = RandomComponentVals.Text(random, 40);
            var (pointer, length) = CanonicalStrings.StoreUtf16(cx, text);
            CanonicalStrings.LoadString(cx, pointer, length).ShouldBe(text);
        }
    }

    [Theory]
    [InlineData("héllo", 6u)]
    [InlineData("ascii", 5u)]
    [InlineData("", 0u)]
    [InlineData("日本\U0001F600", 10u)]
    public void A_host_string_goes_into_utf8_memory_by_one_realloc_of_its_exact_size(string text, uint size)
    {
        var memory = new ArrayGuestMemory { RecordCalls = true };
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Utf8);

        var (pointer, length) = CanonicalStrings.StoreHostText(cx, text);

        memory.Calls.ShouldBe([(0u, 0u, 1u, size)]);
        length.ShouldBe(size);
        CanonicalStrings.LoadString(cx, pointer, length).ShouldBe(text);
    }

    [Fact]
    public void An_unpaired_surrogate_in_a_dotnet_string_and_invalid_utf8_in_memory_are_refused()
    {
        var memory = new ArrayGuestMemory();
        var cx = new AbiContext("f", memory, CanonicalStringEncoding.Utf8) { Location = "parameter 's'" };
        Should.Throw<WitTrapException>(() => CanonicalStrings.StoreUtf16(cx, "a\uD800b"))
            .Message.ShouldBe("f: parameter 's' is a string with an unpaired surrogate, which a WIT string cannot hold.");
        memory.Span[100] = 0xFF;
        Should.Throw<WitTrapException>(() => CanonicalStrings.LoadString(cx, 100, 1))
            .Message.ShouldBe("f: parameter 's' is a string at 0x64 (1 bytes) that is not valid UTF-8.");
    }
}
