namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A linear memory of a store. Its base address and size are read again on every access: any call into the guest
/// (and <see cref="Grow"/>) may grow the memory and move it, so never keep a pointer or span across one.
/// </summary>
internal sealed unsafe class CoreMemory : CoreExternal
{
    private readonly CoreMemoryItem _memory;

    internal CoreMemory(CoreStore store, CoreMemoryItem memory, string name)
        : base(store, name)
    {
        _memory = memory;
    }

    /// <summary>The current base address (valid until the next call into the store).</summary>
    public byte* Data
    {
        get
        {
            var memory = _memory;
            using var entered = Store.Enter("reading a memory's address");
            return CoreNativeMethods.wasmtime_memory_data(entered.Context, &memory);
        }
    }

    /// <summary>The current size in bytes.</summary>
    public ulong ByteLength
    {
        get
        {
            var memory = _memory;
            using var entered = Store.Enter("reading a memory's size");
            return CoreNativeMethods.wasmtime_memory_data_size(entered.Context, &memory);
        }
    }

    /// <summary>
    /// The whole memory as it is now, up to its first 2 GiB, read under one entry into the store. Valid until the next
    /// call into the store.
    /// </summary>
    public Span<byte> Whole
    {
        get
        {
            using var entered = Store.Enter("accessing a memory");
            return WholeOf(entered.Context);
        }
    }

    /// <summary>
    /// <see cref="Whole"/> for code running inside a call of the store on this thread (a host function the guest
    /// called): the store is in use by this thread and alive, so it is not entered again.
    /// </summary>
    public Span<byte> WholeInCall => WholeOf(Store.Store.EnteredContext);

    /// <summary>The current size in pages.</summary>
    public ulong Pages
    {
        get
        {
            var memory = _memory;
            using var entered = Store.Enter("reading a memory's size");
            return CoreNativeMethods.wasmtime_memory_size(entered.Context, &memory);
        }
    }

    /// <summary>
    /// The bytes <c>[offset, offset + length)</c>, checked against the memory's current size. Valid until the next
    /// call into the store.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside the memory.</exception>
    public Span<byte> GetSpan(ulong offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var memory = _memory;
        using var entered = Store.Enter("accessing a memory");
        var context = entered.Context;
        var size = (ulong)CoreNativeMethods.wasmtime_memory_data_size(context, &memory);
        if (offset > size || (ulong)length > size - offset)
        {
            throw new ArgumentOutOfRangeException(
                nameof(offset),
                $"The range [{offset}, {offset} + {length}) lies outside the memory '{Name}' of {size} bytes.");
        }

        return new Span<byte>(CoreNativeMethods.wasmtime_memory_data(context, &memory) + offset, length);
    }

    /// <summary>Grows the memory by <paramref name="pages"/> pages; returns the previous size in pages.</summary>
    /// <exception cref="WitMemoryLimitException">The memory's maximum or the store's limit does not allow it.</exception>
    public ulong Grow(ulong pages)
    {
        var memory = _memory;
        ulong previous;
        nint error;
        using (var entered = Store.Enter("growing a memory"))
        {
            error = CoreNativeMethods.wasmtime_memory_grow(entered.Context, &memory, pages, &previous);
        }

        if (error != 0)
        {
            var failure = Native.WasmtimeError.ToException(error, $"growing the memory '{Name}' by {pages} page(s)", hostException: null);
            throw new WitMemoryLimitException(failure.Message);
        }

        return previous;
    }

    /// <inheritdoc />
    internal override CoreExtern ToExtern() => new() { Kind = CoreExternKind.Memory, Memory = _memory };

    // The whole memory, up to its first 2 GiB, in the store whose context is `context`.
    private Span<byte> WholeOf(nint context)
    {
        var memory = _memory;
        var size = (ulong)CoreNativeMethods.wasmtime_memory_data_size(context, &memory);
        return new Span<byte>(CoreNativeMethods.wasmtime_memory_data(context, &memory), (int)Math.Min(size, int.MaxValue));
    }
}
