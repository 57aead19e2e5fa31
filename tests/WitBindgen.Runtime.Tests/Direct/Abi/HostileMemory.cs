using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>A guest memory whose allocator returns whatever the test says, e.g. a misaligned or out-of-bounds pointer.</summary>
internal sealed class HostileMemory(int size, Func<uint, uint, uint, uint, uint> realloc) : IGuestMemory
{
    private readonly byte[] _bytes = new byte[size];

    public Span<byte> Span => _bytes;

    public uint Realloc(uint oldPointer, uint oldSize, uint alignment, uint newSize) => realloc(oldPointer, oldSize, alignment, newSize);
}
