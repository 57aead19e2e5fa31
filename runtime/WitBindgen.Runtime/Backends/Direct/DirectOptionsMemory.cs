using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The guest memory and allocator a function's canonical options name (a lifted export's or a lowered import's), as
/// the Canonical ABI engine sees them. The memory's address and size are read again on every access, since realloc
/// (or any call into the guest) may grow it; realloc runs with <c>may_leave</c> cleared, so an import it calls traps.
/// </summary>
internal sealed class DirectOptionsMemory : IGuestMemory
{
    private readonly DirectOptions _options;
    private readonly CoreMemory _memory;

    /// <summary>Wraps the memory and realloc of <paramref name="options"/>, whose memory must be set.</summary>
    public DirectOptionsMemory(DirectOptions options)
    {
        _options = options;
        _memory = options.Memory ?? throw new ArgumentException($"The function '{options.FunctionPath}' has no memory option.", nameof(options));
    }

    /// <inheritdoc />
    /// <remarks>A memory larger than 2 GiB is seen up to its first 2 GiB, which bounds what one call can address.</remarks>
    public Span<byte> Span => _memory.Whole;

    /// <summary><see cref="Span"/> for a host function the guest called, inside the store's call on this thread.</summary>
    public Span<byte> SpanInCall => _memory.WholeInCall;

    /// <inheritdoc />
    public uint Realloc(uint oldPointer, uint oldSize, uint alignment, uint newSize) => Realloc(oldPointer, oldSize, alignment, newSize, inCall: false);

    /// <summary>
    /// <see cref="Realloc(uint, uint, uint, uint)"/> for a host function the guest called: realloc runs inside the
    /// store's call already entered on this thread, under its deadline, without entering the store again.
    /// </summary>
    public uint ReallocInCall(uint oldPointer, uint oldSize, uint alignment, uint newSize) => Realloc(oldPointer, oldSize, alignment, newSize, inCall: true);

    private uint Realloc(uint oldPointer, uint oldSize, uint alignment, uint newSize, bool inCall)
    {
        if (_options.Realloc is null)
        {
            throw new WitTrapException($"{_options.FunctionPath}: guest memory must be allocated, but the function's canonical options name no realloc.")
            {
                FunctionName = _options.FunctionPath,
            };
        }

        return unchecked((uint)_options.CallRealloc((int)oldPointer, (int)oldSize, (int)alignment, (int)newSize, inCall));
    }
}
