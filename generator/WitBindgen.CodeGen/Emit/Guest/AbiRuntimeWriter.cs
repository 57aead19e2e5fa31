namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Writes the fixed part of the generated Canonical ABI class: the linear memory view, the allocation scope,
/// and lifting and lowering of primitives and strings. Everything is addressed as a base pointer plus 32-bit
/// offsets: in a component the base is 0 and allocation goes through <c>cabi_realloc</c>; a test points the
/// base into a buffer and allocates there.
/// </summary>
internal static class AbiRuntimeWriter
{
    /// <summary>The preprocessor symbol that leaves out the generated <c>cabi_realloc</c> export (when another library exports it).</summary>
    public const string NoReallocSymbol = "WITBINDGEN_NO_CABI_REALLOC";

    /// <summary>Writes the fixed part; <paramref name="resources"/> adds what resource handles need (borrow ends, rep tables, built-ins).</summary>
    public static void Write(IndentedWriter w, bool resources)
    {
        foreach (var line in Text.Split('\n'))
        {
            if (line.Trim() == ScopeResourcesMarker)
            {
                if (resources)
                {
                    Lines(w, ScopeResourcesText);
                }

                continue;
            }

            w.Line(line);
        }

        if (resources)
        {
            w.Line();
            Lines(w, ResourcesText);
        }
    }

    private static void Lines(IndentedWriter w, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            w.Line(line);
        }
    }

    private const string ScopeResourcesMarker = "//@resources";

    // Inside Scope: the borrowed handles an export lifted, which the Canonical ABI requires it to drop before returning.
    private const string ScopeResourcesText = @"
    private global::System.Collections.Generic.List<global::System.Action>? _borrows;

    /// <summary>Remembers how to end a borrow lifted for this call; <see cref=""EndBorrows""/> ends it.</summary>
    public void Borrow(global::System.Action end) => (_borrows ??= new()).Add(end);

    /// <summary>Drops the borrowed handles lifted for this call, which an export must do before it returns.</summary>
    public void EndBorrows()
    {
        if (_borrows is null)
        {
            return;
        }

        foreach (var end in _borrows)
        {
            end();
        }

        _borrows = null;
    }";

    private const string ResourcesText = @"/// <summary>
/// When set, the resource built-ins (<c>[resource-new]</c>, <c>[resource-rep]</c>, <c>[resource-drop]</c>) call it with
/// (module, name, argument) and use its result instead of calling the component's core imports: how the bindings
/// run outside a component, in tests.
/// </summary>
internal static global::System.Func<string, string, int, int>? ResourceBuiltins { get; set; }

/// <summary>Selects the resource constructors that wrap an existing handle.</summary>
internal readonly struct HandleTag
{
}

/// <summary>
/// The objects of one resource this component exports, by rep: the <c>i32</c> the host keeps for each object and
/// passes back to methods and to the destructor. Reps start at 1; a freed rep is reused.
/// </summary>
/// <typeparam name=""T"">The resource's base class.</typeparam>
internal sealed class RepTable<T>
    where T : class
{
    private readonly string _resource;
    private readonly global::System.Collections.Generic.List<T?> _items = new();
    private readonly global::System.Collections.Generic.Stack<int> _free = new();

    /// <summary>Creates an empty table for the resource named <paramref name=""resource""/> in messages.</summary>
    public RepTable(string resource)
    {
        _resource = resource;
    }

    /// <summary>The number of objects in the table.</summary>
    public int Count => _items.Count - _free.Count;

    /// <summary>Adds <paramref name=""value""/>; returns its rep.</summary>
    public int Add(T value)
    {
        if (_free.Count > 0)
        {
            var rep = _free.Pop();
            _items[rep - 1] = value;
            return rep;
        }

        _items.Add(value);
        return _items.Count;
    }

    /// <summary>The object of <paramref name=""rep""/>.</summary>
    /// <exception cref=""global::System.InvalidOperationException"">No object has that rep (never added, or already removed).</exception>
    public T Get(int rep) =>
        rep > 0 && rep <= _items.Count && _items[rep - 1] is { } value
            ? value
            : throw new global::System.InvalidOperationException($""{rep} is not the rep of a live `{_resource}`: it was never created or was already destroyed"");

    /// <summary>Removes and returns the object of <paramref name=""rep""/>.</summary>
    /// <exception cref=""global::System.InvalidOperationException"">No object has that rep (never added, or already removed).</exception>
    public T Remove(int rep)
    {
        var value = Get(rep);
        _items[rep - 1] = null;
        _free.Push(rep);
        return value;
    }
}";

    private const string Text = @"/// <summary>A view of linear memory: the address offsets are relative to, its size, and its allocator.</summary>
internal sealed unsafe class Memory
{
    private readonly global::System.Func<uint, uint, uint, uint, uint> _realloc;

    /// <summary>Creates a view of <paramref name=""size""/> bytes at <paramref name=""base""/> that allocates with <paramref name=""realloc""/>.</summary>
    /// <param name=""base"">The address of offset 0: null in a component.</param>
    /// <param name=""size"">The number of addressable bytes, checked before lists and strings are read.</param>
    /// <param name=""realloc"">The <c>cabi_realloc</c> contract: (old offset, old size, alignment, new size) -> new offset; new size 0 frees.</param>
    public Memory(byte* @base, uint size, global::System.Func<uint, uint, uint, uint, uint> realloc)
    {
        Base = @base;
        Size = size;
        _realloc = realloc;
    }

    /// <summary>The memory lifting and lowering use. In a component, the component's own linear memory.</summary>
    public static Memory Current { get; set; } = new Memory(null, uint.MaxValue, NativeRealloc);

    /// <summary>The address of offset 0.</summary>
    public byte* Base { get; }

    /// <summary>The number of addressable bytes.</summary>
    public uint Size { get; }

    /// <summary>Resizes, allocates (old offset 0) or frees (new size 0) a block.</summary>
    public uint Realloc(uint oldPtr, uint oldSize, uint align, uint newSize) => _realloc(oldPtr, oldSize, align, newSize);

    /// <summary>Throws when <paramref name=""length""/> bytes at <paramref name=""ptr""/> are not all in memory.</summary>
    public void CheckRange(uint ptr, ulong length)
    {
        if (ptr + length > Size)
        {
            throw new global::System.InvalidOperationException($""{length} bytes at offset {ptr} are outside linear memory ({Size} bytes)"");
        }
    }

    private static uint NativeRealloc(uint oldPtr, uint oldSize, uint align, uint newSize)
    {
        if (newSize == 0)
        {
            global::System.Runtime.InteropServices.NativeMemory.AlignedFree((void*)(nuint)oldPtr);
            return 0;
        }

        return (uint)(nuint)global::System.Runtime.InteropServices.NativeMemory.AlignedRealloc((void*)(nuint)oldPtr, newSize, align);
    }
}

/// <summary>The blocks one call allocates or takes ownership of, freed together by <see cref=""FreeAll""/>.</summary>
internal sealed class Scope
{
    private global::System.Collections.Generic.List<(uint Ptr, uint Size, uint Align)>? _blocks;

    /// <summary>Creates a scope over <paramref name=""memory""/>.</summary>
    public Scope(Memory memory)
    {
        Memory = memory;
    }

    /// <summary>The memory values are read from and written to.</summary>
    public Memory Memory { get; }

    /// <summary>Allocates <paramref name=""size""/> bytes aligned to <paramref name=""align""/>; an empty block is not allocated.</summary>
    public uint Allocate(uint size, uint align)
    {
        if (size == 0)
        {
            return align;
        }

        var ptr = Memory.Realloc(0, 0, align, size);
        if (ptr == 0 || ptr % align != 0)
        {
            throw new global::System.InvalidOperationException($""realloc returned {ptr} for {size} bytes aligned to {align}"");
        }

        Own(ptr, size, align);
        return ptr;
    }

    /// <summary>Records a block to free with the others.</summary>
    public void Own(uint ptr, uint size, uint align)
    {
        if (size != 0)
        {
            (_blocks ??= new()).Add((ptr, size, align));
        }
    }

    /// <summary>Frees every block allocated or owned so far.</summary>
    public void FreeAll()
    {
        if (_blocks is null)
        {
            return;
        }

        foreach (var (ptr, size, align) in _blocks)
        {
            Memory.Realloc(ptr, size, align, 0);
        }

        _blocks = null;
    }
    //@resources
}

#if !" + NoReallocSymbol + @"
/// <summary>The component's <c>cabi_realloc</c>: how the host allocates in this component's memory.</summary>
[global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = ""cabi_realloc"")]
internal static int CabiRealloc(int oldPtr, int oldSize, int align, int newSize) =>
    unchecked((int)Memory.Current.Realloc((uint)oldPtr, (uint)oldSize, (uint)align, (uint)newSize));
#endif

/// <summary>An array of <paramref name=""length""/> elements.</summary>
internal static T[] NewArray<T>(uint length) => length == 0 ? global::System.Array.Empty<T>() : new T[length];

/// <summary>The exception for a discriminant outside a variant's cases.</summary>
internal static global::System.InvalidOperationException InvalidDiscriminant(string type, uint value) =>
    new($""{value} is not a case of `{type}`"");

internal static unsafe void Write<T>(Scope s, uint ptr, T value) where T : unmanaged =>
    global::System.Runtime.CompilerServices.Unsafe.WriteUnaligned(s.Memory.Base + ptr, value);

internal static unsafe T Read<T>(Scope s, uint ptr) where T : unmanaged =>
    global::System.Runtime.CompilerServices.Unsafe.ReadUnaligned<T>(s.Memory.Base + ptr);

internal static void StoreBool(Scope s, uint ptr, bool v) => Write<byte>(s, ptr, v ? (byte)1 : (byte)0);
internal static void StoreU8(Scope s, uint ptr, byte v) => Write(s, ptr, v);
internal static void StoreS8(Scope s, uint ptr, sbyte v) => Write(s, ptr, v);
internal static void StoreU16(Scope s, uint ptr, ushort v) => Write(s, ptr, v);
internal static void StoreS16(Scope s, uint ptr, short v) => Write(s, ptr, v);
internal static void StoreU32(Scope s, uint ptr, uint v) => Write(s, ptr, v);
internal static void StoreS32(Scope s, uint ptr, int v) => Write(s, ptr, v);
internal static void StoreU64(Scope s, uint ptr, ulong v) => Write(s, ptr, v);
internal static void StoreS64(Scope s, uint ptr, long v) => Write(s, ptr, v);
internal static void StoreF32(Scope s, uint ptr, float v) => Write(s, ptr, v);
internal static void StoreF64(Scope s, uint ptr, double v) => Write(s, ptr, v);
internal static void StoreChar(Scope s, uint ptr, global::System.Text.Rune v) => Write(s, ptr, (uint)v.Value);

internal static void StoreString(Scope s, uint ptr, string v)
{
    var (data, length) = WriteString(s, v);
    Write(s, ptr, data);
    Write(s, ptr + 4, length);
}

internal static void StoreBytes(Scope s, uint ptr, byte[] v)
{
    var (data, length) = WriteBytes(s, v);
    Write(s, ptr, data);
    Write(s, ptr + 4, length);
}

internal static bool LoadBool(Scope s, uint ptr) => Read<byte>(s, ptr) != 0;
internal static byte LoadU8(Scope s, uint ptr) => Read<byte>(s, ptr);
internal static sbyte LoadS8(Scope s, uint ptr) => Read<sbyte>(s, ptr);
internal static ushort LoadU16(Scope s, uint ptr) => Read<ushort>(s, ptr);
internal static short LoadS16(Scope s, uint ptr) => Read<short>(s, ptr);
internal static uint LoadU32(Scope s, uint ptr) => Read<uint>(s, ptr);
internal static int LoadS32(Scope s, uint ptr) => Read<int>(s, ptr);
internal static ulong LoadU64(Scope s, uint ptr) => Read<ulong>(s, ptr);
internal static long LoadS64(Scope s, uint ptr) => Read<long>(s, ptr);
internal static float LoadF32(Scope s, uint ptr) => Read<float>(s, ptr);
internal static double LoadF64(Scope s, uint ptr) => Read<double>(s, ptr);
internal static global::System.Text.Rune LoadChar(Scope s, uint ptr) => ToRune(Read<uint>(s, ptr));
internal static string LoadString(Scope s, uint ptr) => ReadString(s, Read<uint>(s, ptr), Read<uint>(s, ptr + 4));
internal static byte[] LoadBytes(Scope s, uint ptr) => ReadBytes(s, Read<uint>(s, ptr), Read<uint>(s, ptr + 4));

internal static void LowerBool(Scope s, bool v, ulong[] f, ref int i) => f[i++] = v ? 1UL : 0UL;
internal static void LowerU8(Scope s, byte v, ulong[] f, ref int i) => f[i++] = v;
internal static void LowerS8(Scope s, sbyte v, ulong[] f, ref int i) => f[i++] = unchecked((uint)v);
internal static void LowerU16(Scope s, ushort v, ulong[] f, ref int i) => f[i++] = v;
internal static void LowerS16(Scope s, short v, ulong[] f, ref int i) => f[i++] = unchecked((uint)v);
internal static void LowerU32(Scope s, uint v, ulong[] f, ref int i) => f[i++] = v;
internal static void LowerS32(Scope s, int v, ulong[] f, ref int i) => f[i++] = unchecked((uint)v);
internal static void LowerU64(Scope s, ulong v, ulong[] f, ref int i) => f[i++] = v;
internal static void LowerS64(Scope s, long v, ulong[] f, ref int i) => f[i++] = unchecked((ulong)v);
internal static void LowerF32(Scope s, float v, ulong[] f, ref int i) => f[i++] = unchecked((uint)global::System.BitConverter.SingleToInt32Bits(v));
internal static void LowerF64(Scope s, double v, ulong[] f, ref int i) => f[i++] = unchecked((ulong)global::System.BitConverter.DoubleToInt64Bits(v));
internal static void LowerChar(Scope s, global::System.Text.Rune v, ulong[] f, ref int i) => f[i++] = (uint)v.Value;

internal static void LowerString(Scope s, string v, ulong[] f, ref int i)
{
    var (data, length) = WriteString(s, v);
    f[i++] = data;
    f[i++] = length;
}

internal static void LowerBytes(Scope s, byte[] v, ulong[] f, ref int i)
{
    var (data, length) = WriteBytes(s, v);
    f[i++] = data;
    f[i++] = length;
}

internal static bool LiftBool(Scope s, ulong[] f, ref int i) => (uint)f[i++] != 0;
internal static byte LiftU8(Scope s, ulong[] f, ref int i) => unchecked((byte)f[i++]);
internal static sbyte LiftS8(Scope s, ulong[] f, ref int i) => unchecked((sbyte)f[i++]);
internal static ushort LiftU16(Scope s, ulong[] f, ref int i) => unchecked((ushort)f[i++]);
internal static short LiftS16(Scope s, ulong[] f, ref int i) => unchecked((short)f[i++]);
internal static uint LiftU32(Scope s, ulong[] f, ref int i) => unchecked((uint)f[i++]);
internal static int LiftS32(Scope s, ulong[] f, ref int i) => unchecked((int)f[i++]);
internal static ulong LiftU64(Scope s, ulong[] f, ref int i) => f[i++];
internal static long LiftS64(Scope s, ulong[] f, ref int i) => unchecked((long)f[i++]);
internal static float LiftF32(Scope s, ulong[] f, ref int i) => global::System.BitConverter.Int32BitsToSingle(unchecked((int)f[i++]));
internal static double LiftF64(Scope s, ulong[] f, ref int i) => global::System.BitConverter.Int64BitsToDouble(unchecked((long)f[i++]));
internal static global::System.Text.Rune LiftChar(Scope s, ulong[] f, ref int i) => ToRune(unchecked((uint)f[i++]));

internal static string LiftString(Scope s, ulong[] f, ref int i)
{
    var data = unchecked((uint)f[i++]);
    return ReadString(s, data, unchecked((uint)f[i++]));
}

internal static byte[] LiftBytes(Scope s, ulong[] f, ref int i)
{
    var data = unchecked((uint)f[i++]);
    return ReadBytes(s, data, unchecked((uint)f[i++]));
}

/// <summary>A core <c>i32</c> as a flat slot (zero-extended).</summary>
internal static ulong FromI32(int v) => unchecked((uint)v);
/// <summary>A core <c>i64</c> as a flat slot.</summary>
internal static ulong FromI64(long v) => unchecked((ulong)v);
/// <summary>A core <c>f32</c> as a flat slot (its bits, zero-extended).</summary>
internal static ulong FromF32(float v) => unchecked((uint)global::System.BitConverter.SingleToInt32Bits(v));
/// <summary>A core <c>f64</c> as a flat slot (its bits).</summary>
internal static ulong FromF64(double v) => unchecked((ulong)global::System.BitConverter.DoubleToInt64Bits(v));
/// <summary>A flat slot as a core <c>i32</c>.</summary>
internal static int ToI32(ulong v) => unchecked((int)v);
/// <summary>A flat slot as a core <c>i64</c>.</summary>
internal static long ToI64(ulong v) => unchecked((long)v);
/// <summary>A flat slot as a core <c>f32</c>.</summary>
internal static float ToF32(ulong v) => global::System.BitConverter.Int32BitsToSingle(unchecked((int)v));
/// <summary>A flat slot as a core <c>f64</c>.</summary>
internal static double ToF64(ulong v) => global::System.BitConverter.Int64BitsToDouble(unchecked((long)v));

private static readonly global::System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

private static global::System.Text.Rune ToRune(uint value) =>
    global::System.Text.Rune.IsValid(value)
        ? new global::System.Text.Rune(value)
        : throw new global::System.InvalidOperationException($""{value} is not a Unicode scalar value"");

private static unsafe (uint Data, uint Length) WriteString(Scope s, string v)
{
    var length = (uint)StrictUtf8.GetByteCount(v);
    var data = s.Allocate(length, 1);
    if (length != 0)
    {
        StrictUtf8.GetBytes(v, new global::System.Span<byte>(s.Memory.Base + data, (int)length));
    }

    return (data, length);
}

private static unsafe (uint Data, uint Length) WriteBytes(Scope s, byte[] v)
{
    var length = (uint)v.Length;
    var data = s.Allocate(length, 1);
    if (length != 0)
    {
        new global::System.ReadOnlySpan<byte>(v).CopyTo(new global::System.Span<byte>(s.Memory.Base + data, (int)length));
    }

    return (data, length);
}

private static unsafe string ReadString(Scope s, uint data, uint length)
{
    s.Memory.CheckRange(data, length);
    s.Own(data, length, 1);
    return length == 0 ? string.Empty : StrictUtf8.GetString(s.Memory.Base + data, (int)length);
}

private static unsafe byte[] ReadBytes(Scope s, uint data, uint length)
{
    s.Memory.CheckRange(data, length);
    s.Own(data, length, 1);
    return length == 0 ? global::System.Array.Empty<byte>() : new global::System.Span<byte>(s.Memory.Base + data, (int)length).ToArray();
}";
}
