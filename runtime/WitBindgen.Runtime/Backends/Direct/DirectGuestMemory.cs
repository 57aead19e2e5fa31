using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The guest memory and allocator of one lowered call, as the Canonical ABI engine sees them: the lowering's memory
/// option, read again on every access because realloc may grow it, and its realloc option, run with <c>may_leave</c>
/// cleared so an import it calls traps.
/// </summary>
internal sealed class DirectGuestMemory : IGuestMemory
{
    private readonly DirectOptions _options;
    private readonly CoreMemory _memory;

    /// <summary>Wraps the memory and realloc of <paramref name="options"/>, whose memory option is set.</summary>
    public DirectGuestMemory(DirectOptions options, CoreMemory memory)
    {
        _options = options;
        _memory = memory;
    }

    /// <inheritdoc />
    /// <remarks>A memory larger than 2 GiB is seen up to its first 2 GiB, which bounds what one call can address.</remarks>
    public Span<byte> Span => _memory.GetSpan(0, (int)Math.Min(_memory.ByteLength, int.MaxValue));

    /// <inheritdoc />
    public uint Realloc(uint oldPointer, uint oldSize, uint alignment, uint newSize)
    {
        if (_options.Realloc is null)
        {
            throw new WitTrapException(
                $"{_options.FunctionPath}: the host must allocate guest memory for the result, but the lowering's canonical options give no realloc.")
            {
                FunctionName = _options.FunctionPath,
            };
        }

        return unchecked((uint)_options.CallRealloc((int)oldPointer, (int)oldSize, (int)alignment, (int)newSize));
    }
}
