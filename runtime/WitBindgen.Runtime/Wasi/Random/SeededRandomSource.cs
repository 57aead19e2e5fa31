using System.Buffers.Binary;
using System.Numerics;

namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// A deterministic generator (xoshiro256**, its state expanded from the seed by SplitMix64): fast and reproducible,
/// for <c>wasi:random/insecure</c> and for seeded runs; not cryptographically secure.
/// </summary>
internal sealed class SeededRandomSource : WasiRandomSource
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates the generator for <paramref name="seed"/>; <paramref name="stream"/> separates generators that share a seed.</summary>
    public SeededRandomSource(ulong seed, ulong stream)
    {
        var mix = seed ^ (stream * 0xD1B54A32D192ED03UL);
        _s0 = SplitMix64(ref mix);
        _s1 = SplitMix64(ref mix);
        _s2 = SplitMix64(ref mix);
        _s3 = SplitMix64(ref mix);
    }

    /// <inheritdoc/>
    public override void Fill(Span<byte> destination)
    {
        while (destination.Length >= sizeof(ulong))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(destination, Next());
            destination = destination[sizeof(ulong)..];
        }

        if (!destination.IsEmpty)
        {
            Span<byte> last = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(last, Next());
            last[..destination.Length].CopyTo(destination);
        }
    }

    private ulong Next()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
