using System.Buffers.Binary;

namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>A source of random bytes for one of a store's <c>wasi:random</c> interfaces.</summary>
internal abstract class WasiRandomSource
{
    /// <summary>Fills <paramref name="destination"/> with random bytes.</summary>
    public abstract void Fill(Span<byte> destination);

    /// <summary>A random 64-bit number (eight bytes of <see cref="Fill"/>, little-endian).</summary>
    public ulong NextUInt64()
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        Fill(bytes);
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
    }
}
