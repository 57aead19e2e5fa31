using System.Runtime.CompilerServices;

namespace WitBindgen.Runtime.Backends.Direct.Resources;

/// <summary>
/// The handle table of one component instance (CanonicalABI.md's <c>Table</c>): handles are indices starting at 1
/// (0 is never valid), freed indices are reused, and at most <see cref="MaxLength"/> entries are live. Every failure
/// is a <see cref="WitRuntimeException"/> naming the built-in or function and the handle (a broken resource rule, as
/// Wasmtime reports it; the call that hits it poisons the store).
/// </summary>
internal sealed class DirectHandleTable
{
    /// <summary>The spec's <c>Table.MAX_LENGTH</c>: 2^28 - 1.</summary>
    public const uint MaxLength = (1u << 28) - 1;

    private readonly uint _maxLength;
    private DirectHandle[] _entries = new DirectHandle[16];
    private uint _length = 1;
    private uint _free;

    /// <summary>Creates an empty table holding at most <paramref name="maxLength"/> entries.</summary>
    public DirectHandleTable(uint maxLength = MaxLength)
    {
        _maxLength = maxLength;
        _entries[0].Resource = -1;
    }

    /// <summary>How many handles are live.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="handle"/>; returns its index.</summary>
    /// <exception cref="WitRuntimeException">The table already holds its maximum number of handles.</exception>
    public uint Add(in DirectHandle handle, string where)
    {
        uint index;
        if (_free != 0)
        {
            index = _free;
            _free = _entries[index].NextFree;
        }
        else
        {
            if (_length > _maxLength)
            {
                throw new WitRuntimeException($"{where}: the instance's handle table is full ({_maxLength} live handles).") { FunctionName = where };
            }

            index = _length++;
            if (index >= _entries.Length)
            {
                Array.Resize(ref _entries, (int)Math.Min((long)_entries.Length * 2, (long)_maxLength + 1));
            }
        }

        _entries[index] = handle;
        _entries[index].NextFree = 0;
        Count++;
        return index;
    }

    /// <summary>The live entry at <paramref name="index"/>, by reference.</summary>
    /// <exception cref="WitRuntimeException">No live handle has that index.</exception>
    public ref DirectHandle Get(uint index, string where)
    {
        if (index == 0 || index >= _length || _entries[index].Resource < 0)
        {
            throw UnknownHandle(index, where);
        }

        return ref _entries[index];
    }

    // Built out of line: Get is inlined into every handle-passing call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WitRuntimeException UnknownHandle(uint index, string where) =>
        new($"{where}: unknown handle index {index} (no live resource handle of the instance has it).") { FunctionName = where };

    /// <summary>Removes the live entry at <paramref name="index"/> and returns it.</summary>
    /// <exception cref="WitRuntimeException">No live handle has that index.</exception>
    public DirectHandle Remove(uint index, string where)
    {
        var entry = Get(index, where);
        _entries[index] = new DirectHandle { Resource = -1, NextFree = _free };
        _free = index;
        Count--;
        return entry;
    }
}
