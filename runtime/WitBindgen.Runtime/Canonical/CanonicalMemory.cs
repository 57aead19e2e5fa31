using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.ComponentModel;
using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Canonical;

/// <summary>
/// Values in the linear memory of a guest a generated call lifts from and lowers into, on the direct backend: checked
/// reads and writes, strings and arrays of primitives, realloc. The base of <see cref="CanonicalExport"/> and
/// <see cref="CanonicalImport"/>, which the generated helpers address. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract unsafe class CanonicalMemory
{
    private readonly string _liftLocation;
    private readonly string _lowerLocation;
    private protected readonly AbiContext _context;
    private protected readonly DirectOptionsMemory? _memory;
    private protected byte* _base;
    private protected ulong _size;
    private readonly bool _calledByGuest;

    private protected CanonicalMemory(string path, DirectOptions options, bool lowersArguments)
    {
        Name = path;
        _calledByGuest = !lowersArguments;
        _memory = options.Memory is null ? null : new DirectOptionsMemory(options);
        _context = new AbiContext(path, _memory, options.StringEncoding) { QuotesFunction = true };
        (_liftLocation, _lowerLocation) = lowersArguments ? ("the result", "an argument") : ("an argument", "the result");
    }

    /// <summary>The WIT function, for messages: <c>interface#function</c>, or the bare name at the top level.</summary>
    public string Name { get; }

    /// <summary>The memory the shared lifting and lowering helpers address: this object.</summary>
    public CanonicalMemory Memory => this;

    /// <summary>
    /// Allocates <paramref name="size"/> bytes aligned to <paramref name="alignment"/> with the guest's realloc (run with
    /// <c>may_leave</c> cleared) and checks the pointer it returns is aligned and inside the memory.
    /// </summary>
    /// <exception cref="WitTrapException">The function has no memory or realloc, realloc trapped, or its pointer is unusable.</exception>
    public uint Allocate(uint size, uint alignment)
    {
        _context.Location = _lowerLocation;
        if (_memory is null)
        {
            // Traps: the canonical options name no memory.
            return _context.Realloc(0, 0, alignment, size);
        }

        // Realloc may grow the memory. An import's memory never moves, so its size is read again only when the block
        // reaches beyond the size known; an export's is read again whole.
        uint pointer;
        if (_calledByGuest)
        {
            pointer = _memory.ReallocInCall(0, 0, alignment, size);
            _ = Within((ulong)pointer + size);
        }
        else
        {
            pointer = _memory.Realloc(0, 0, alignment, size);
            Refresh();
        }

        _context.CheckAllocated(pointer, alignment, size, _size);
        return pointer;
    }

    /// <summary>Nothing to record: the guest's post-return frees what its results point to.</summary>
    /// <param name="pointer">The block read.</param>
    /// <param name="size">Its size.</param>
    /// <param name="alignment">Its alignment.</param>
    public void Own(uint pointer, uint size, uint alignment)
    {
    }

    /// <summary>Checks that the <paramref name="byteLength"/> bytes of a list at <paramref name="pointer"/> are within the spec's list limit and inside the memory.</summary>
    /// <exception cref="WitTrapException">They are not.</exception>
    public void CheckRange(uint pointer, ulong byteLength)
    {
        if (byteLength > CanonicalLayout.MaxListByteLength)
        {
            throw ListOverLimit(pointer, byteLength);
        }

        if (!Within(pointer + byteLength))
        {
            throw OutOfBounds("points a list at", pointer, byteLength);
        }
    }

    /// <summary>Reads a primitive at <paramref name="pointer"/>; a NaN float comes back canonical, as the spec lifts it.</summary>
    /// <exception cref="WitTrapException">The value does not lie inside the memory.</exception>
    public T Read<T>(uint pointer)
        where T : unmanaged
    {
        if (!Within((ulong)pointer + (ulong)sizeof(T)))
        {
            throw OutOfBounds("points at", pointer, (ulong)sizeof(T));
        }

        var value = Unsafe.ReadUnaligned<T>(_base + pointer);
        if (typeof(T) == typeof(float) && float.IsNaN(Unsafe.As<T, float>(ref value)))
        {
            return Unsafe.BitCast<uint, T>(0x7FC0_0000);
        }

        if (typeof(T) == typeof(double) && double.IsNaN(Unsafe.As<T, double>(ref value)))
        {
            return Unsafe.BitCast<ulong, T>(0x7FF8_0000_0000_0000);
        }

        return value;
    }

    /// <summary>Writes a primitive at <paramref name="pointer"/>, inside memory the call allocated.</summary>
    /// <exception cref="WitTrapException">The value does not lie inside the memory.</exception>
    public void Write<T>(uint pointer, T value)
        where T : unmanaged
    {
        if (!Within((ulong)pointer + (ulong)sizeof(T)))
        {
            throw OutOfBounds("could not be stored at", pointer, (ulong)sizeof(T));
        }

        Unsafe.WriteUnaligned(_base + pointer, value);
    }

    /// <summary>
    /// Reads the string at <paramref name="pointer"/> in the function's string encoding (UTF-8, UTF-16 or latin1+UTF-16,
    /// <paramref name="taggedLength"/> in code units with the UTF-16 tag), with the spec's length limit, alignment,
    /// bounds and validity checks.
    /// </summary>
    /// <exception cref="WitTrapException">The string breaks one of them.</exception>
    public string ReadString(uint pointer, uint taggedLength)
    {
        _context.Location = _liftLocation;
        return CanonicalStrings.LoadString(_context, pointer, taggedLength);
    }

    /// <summary>
    /// Stores <paramref name="value"/> in the function's string encoding through realloc (into a UTF-8 memory by one
    /// allocation of the exact size, as Wasmtime stores a host string; otherwise the spec's sequence for UTF-16 text);
    /// returns the pointer and the length in code units (tagged for UTF-16 in a latin1+UTF-16 memory).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The string is null or has an unpaired surrogate: the exception has no parameter name and says what is wrong with
    /// the value, for the call to name the parameter or result.
    /// </exception>
    /// <exception cref="WitTrapException">Realloc failed or returned an unusable pointer.</exception>
    public (uint Data, uint Length) WriteString(string value)
    {
        if (value is null)
        {
            throw new ArgumentException("null is not a WIT string (only option<...> has a null).");
        }

        if (!CanonicalStrings.IsValid(value))
        {
            throw new ArgumentException(
                $"the string has an unpaired surrogate at index {UnpairedSurrogate(value)}, which is not a Unicode scalar value and cannot be a WIT string.");
        }

        _context.Location = _lowerLocation;
        var stored = CanonicalStrings.StoreHostText(_context, value);
        if (!_calledByGuest)
        {
            // Realloc may have grown the memory (an import's is found again when an access reaches beyond it).
            Refresh();
        }

        return stored;
    }

    /// <summary>The index of the first surrogate of <paramref name="value"/> that is not half of a pair, or -1.</summary>
    private static int UnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a list of <paramref name="length"/> integers or floats at <paramref name="pointer"/> into a new array in one
    /// copy, after the spec's checks (byte length limit, alignment, bounds); NaNs come back canonical.
    /// </summary>
    /// <exception cref="WitTrapException">The list breaks one of the checks.</exception>
    public T[] ReadArray<T>(uint pointer, uint length)
        where T : unmanaged
    {
        var byteLength = CheckList(pointer, length, sizeof(T));
        if (length == 0)
        {
            return [];
        }

        var result = GC.AllocateUninitializedArray<T>((int)length);
        new ReadOnlySpan<byte>(_base + pointer, (int)byteLength).CopyTo(MemoryMarshal.AsBytes(result.AsSpan()));
        if (typeof(T) == typeof(float))
        {
            foreach (ref var bits in MemoryMarshal.Cast<T, uint>(result.AsSpan()))
            {
                bits = float.IsNaN(BitConverter.UInt32BitsToSingle(bits)) ? 0x7FC0_0000 : bits;
            }
        }
        else if (typeof(T) == typeof(double))
        {
            foreach (ref var bits in MemoryMarshal.Cast<T, ulong>(result.AsSpan()))
            {
                bits = double.IsNaN(BitConverter.UInt64BitsToDouble(bits)) ? 0x7FF8_0000_0000_0000 : bits;
            }
        }

        return result;
    }

    /// <summary>
    /// The bytes of the <c>list&lt;u8&gt;</c> of <paramref name="length"/> bytes at <paramref name="pointer"/> the guest
    /// passed, in place, after the checks of <see cref="ReadArray{T}"/>: valid only until the guest runs again.
    /// </summary>
    /// <exception cref="WitTrapException">The list breaks one of the checks.</exception>
    internal ReadOnlySpan<byte> LiftBytesInPlace(uint pointer, uint length)
    {
        CheckList(pointer, length, 1);
        return length == 0 ? [] : new ReadOnlySpan<byte>(_base + pointer, (int)length);
    }

    /// <summary>
    /// The <paramref name="length"/> bytes at <paramref name="pointer"/>, a block the call allocated, to store a
    /// <c>list&lt;u8&gt;</c> into in place: valid only until the guest runs again.
    /// </summary>
    /// <exception cref="WitTrapException">The block does not lie inside the memory.</exception>
    internal Span<byte> BytesToStore(uint pointer, uint length)
    {
        if (!Within((ulong)pointer + length))
        {
            throw OutOfBounds("could not be stored at", pointer, length);
        }

        return length == 0 ? [] : new Span<byte>(_base + pointer, (int)length);
    }

    /// <summary>Stores integers or floats as a list through realloc (aligned to the element size) in one copy; returns the pointer and length.</summary>
    /// <exception cref="WitTrapException">The list does not fit a 32-bit memory, or realloc failed or returned an unusable pointer.</exception>
    public (uint Data, uint Length) WriteArray<T>(ReadOnlySpan<T> items)
        where T : unmanaged
    {
        var byteLength = (ulong)items.Length * (ulong)sizeof(T);
        _context.Location = _lowerLocation;
        if (byteLength > uint.MaxValue)
        {
            throw TooLargeForMemory(items.Length, byteLength);
        }

        var pointer = Allocate((uint)byteLength, (uint)sizeof(T));
        MemoryMarshal.AsBytes(items).CopyTo(new Span<byte>(_base + pointer, (int)byteLength));
        return (pointer, (uint)items.Length);
    }

    /// <summary>A lifted <c>char</c>: <paramref name="value"/> when it is a Unicode scalar value.</summary>
    /// <exception cref="WitTrapException">It is a surrogate or above U+10FFFF.</exception>
    public Rune ToChar(uint value)
    {
        if (!Rune.IsValid(value))
        {
            _context.Location = _liftLocation;
            throw NotAChar(value);
        }

        return new Rune(value);
    }

    /// <summary>
    /// Lifts the <c>own</c> handle <paramref name="handle"/> of the host resource <paramref name="type"/> the guest passed:
    /// the handle leaves the guest's table and the host owns the object again.
    /// </summary>
    /// <typeparam name="T">The resource's class.</typeparam>
    /// <exception cref="WitRuntimeException">The handle is not a live own handle of that resource, or is lent to a call.</exception>
    public abstract T LiftOwn<T>(HostResourceType type, int handle)
        where T : class;

    /// <summary>Lifts the <c>borrow</c> handle <paramref name="handle"/> of the host resource <paramref name="type"/> the guest passed, for the call.</summary>
    /// <typeparam name="T">The resource's class.</typeparam>
    /// <exception cref="WitRuntimeException">The handle is not a live handle of that resource.</exception>
    public abstract T LiftBorrow<T>(HostResourceType type, int handle)
        where T : class;

    /// <summary>Lowers <paramref name="value"/> as a new <c>own</c> handle of the host resource <paramref name="type"/> in the guest's table.</summary>
    /// <exception cref="ArgumentException">The value is null.</exception>
    public abstract int LowerOwn(HostResourceType type, object value);

    /// <summary>Lowers <paramref name="value"/> as a <c>borrow</c> handle of the host resource <paramref name="type"/>, lent for the call.</summary>
    /// <exception cref="ArgumentException">The value is null.</exception>
    public abstract int LowerBorrow(HostResourceType type, object value);

    /// <summary>
    /// Checks that <paramref name="size"/> bytes at <paramref name="pointer"/> are aligned and inside the memory (whose
    /// size is read again when they reach beyond the size known).
    /// </summary>
    /// <exception cref="WitTrapException">They are not, or the canonical options name no memory.</exception>
    private protected void CheckArea(ulong pointer, ulong size, uint alignment, string what)
    {
        if (_memory is null)
        {
            _ = _context.Memory; // Traps: the canonical options name no memory.
        }

        _ = Within(pointer + size);
        _context.CheckRange(pointer, size, alignment, what, _size);
    }

    /// <summary>Reads the memory's address and size again, after a call into the guest may have grown it.</summary>
    private protected void Refresh()
    {
        if (_memory is null)
        {
            return;
        }

        // An import runs inside the guest's call on this thread, so the store needs no second entry.
        var span = _calledByGuest ? _memory.SpanInCall : _memory.Span;
        _base = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(span));
        _size = (ulong)span.Length;
    }

    /// <summary>Reads the memory's address and size unless they are known (an import's, from an earlier call).</summary>
    private protected void EnsureMemory()
    {
        if (_base == null)
        {
            Refresh();
        }
    }

    // Whether the memory holds `end` bytes. Memories only grow and never move (the engine forbids it), so the size read
    // last is a lower bound: it is read again only when an access reaches beyond it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Within(ulong end) => end <= _size || GrewTo(end);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool GrewTo(ulong end)
    {
        Refresh();
        return end <= _size;
    }

    /// <summary>Stops addressing the memory, at the end of a call.</summary>
    private protected void Forget()
    {
        _base = null;
        _size = 0;
    }

    private protected WitTrapException Trap(string problem) => _context.Trap(problem);

    // The failures of the checks, built out of line: the checks are inlined into every generated call, which then
    // carries no message formatting on its hot path.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException OutOfBounds(string prefix, uint pointer, ulong size) =>
        Trap($"{prefix} 0x{pointer:X} ({size} bytes), out of bounds of the {_size}-byte memory");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException ListOverLimit(uint pointer, ulong byteLength) =>
        Trap($"is a list of {byteLength} bytes at 0x{pointer:X}, over the {CanonicalLayout.MaxListByteLength}-byte limit");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException ElementsOverLimit(uint length, int elementSize, ulong byteLength) =>
        Trap($"is a list of {length} {elementSize}-byte elements ({byteLength} bytes), over the {CanonicalLayout.MaxListByteLength}-byte limit");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException ListMisaligned(uint pointer, int elementSize) =>
        Trap($"points a list at 0x{pointer:X}, which is not aligned to {elementSize}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException TooLargeForMemory(int length, ulong byteLength) =>
        Trap($"is a list of {length} elements ({byteLength} bytes), too large for a 32-bit memory");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException NotAChar(uint value) => Trap($"is a char 0x{value:X}, which is not a Unicode scalar value");

    // The spec's checks of a lifted list of `length` elements of `elementSize` bytes (byte length limit, alignment,
    // bounds); its byte length.
    private ulong CheckList(uint pointer, uint length, int elementSize)
    {
        var byteLength = (ulong)length * (ulong)elementSize;
        _context.Location = _liftLocation;
        if (byteLength > CanonicalLayout.MaxListByteLength)
        {
            throw ElementsOverLimit(length, elementSize, byteLength);
        }

        if ((pointer & (uint)(elementSize - 1)) != 0)
        {
            throw ListMisaligned(pointer, elementSize);
        }

        if (!Within(pointer + byteLength))
        {
            throw OutOfBounds("points a list at", pointer, byteLength);
        }

        return byteLength;
    }
}
