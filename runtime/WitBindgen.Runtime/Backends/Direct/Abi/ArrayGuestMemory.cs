namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// A linear memory over a managed array with a bump allocator, the reference <see cref="IGuestMemory"/> for tests
/// and benchmarks. Like a WebAssembly memory it grows in 64 KiB pages up to <see cref="MaximumSize"/>, and growing
/// replaces the array, so a span read before a <see cref="Realloc"/> no longer sees the memory.
/// </summary>
internal sealed class ArrayGuestMemory : IGuestMemory
{
    /// <summary>A WebAssembly page.</summary>
    public const int PageSize = 65536;

    private byte[] _bytes;
    private uint _next;

    /// <summary>Creates a memory of <paramref name="initialSize"/> bytes (rounded up to pages) that grows up to <paramref name="maximumSize"/>.</summary>
    public ArrayGuestMemory(int initialSize = PageSize, int maximumSize = 1 << 30)
    {
        MaximumSize = Math.Max(maximumSize, initialSize);
        _bytes = new byte[RoundToPages(initialSize)];
        _next = 8;
    }

    /// <summary>The size the memory never grows past.</summary>
    public int MaximumSize { get; }

    /// <summary>How many times <see cref="Realloc"/> was called.</summary>
    public int ReallocCalls { get; private set; }

    /// <summary>The calls to <see cref="Realloc"/> in order, when <see cref="RecordCalls"/> is set.</summary>
    public List<(uint OldPointer, uint OldSize, uint Alignment, uint NewSize)> Calls { get; } = new();

    /// <summary>Whether <see cref="Calls"/> records each call.</summary>
    public bool RecordCalls { get; set; }

    /// <inheritdoc />
    public Span<byte> Span => _bytes;

    /// <summary>Frees everything allocated, keeping the memory's size.</summary>
    public void Reset() => _next = 8;

    /// <inheritdoc />
    public uint Realloc(uint oldPointer, uint oldSize, uint alignment, uint newSize)
    {
        ReallocCalls++;
        if (RecordCalls)
        {
            Calls.Add((oldPointer, oldSize, alignment, newSize));
        }

        if (oldPointer != 0 && newSize <= oldSize)
        {
            return oldPointer;
        }

        var pointer = CanonicalLayout.AlignTo((ulong)_next, Math.Max(alignment, 1));
        var end = pointer + newSize;
        if (end > (ulong)MaximumSize)
        {
            throw new WitTrapException($"realloc: cannot allocate {newSize} bytes, the memory is limited to {MaximumSize} bytes.");
        }

        if (end > (ulong)_bytes.Length)
        {
            var grown = new byte[RoundToPages((long)Math.Max(end, (ulong)_bytes.Length * 2))];
            _bytes.CopyTo(grown, 0);
            _bytes = grown;
        }

        if (oldPointer != 0 && oldSize != 0)
        {
            _bytes.AsSpan((int)oldPointer, (int)Math.Min(oldSize, newSize)).CopyTo(_bytes.AsSpan((int)pointer));
        }

        _next = (uint)end;
        return (uint)pointer;
    }

    private int RoundToPages(long size) => (int)Math.Min((size + PageSize - 1) / PageSize * PageSize, Math.Max(MaximumSize, PageSize));
}
