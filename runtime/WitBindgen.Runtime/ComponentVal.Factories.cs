using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

public unsafe partial struct ComponentVal
{
    /// <summary>A <c>bool</c>.</summary>
    public static ComponentVal Bool(bool value) => new() { _kind = ComponentValKind.Bool, _bits = value ? 1UL : 0UL };

    /// <summary>An <c>s8</c>.</summary>
    public static ComponentVal S8(sbyte value) => new() { _kind = ComponentValKind.S8, _bits = (byte)value };

    /// <summary>A <c>u8</c>.</summary>
    public static ComponentVal U8(byte value) => new() { _kind = ComponentValKind.U8, _bits = value };

    /// <summary>An <c>s16</c>.</summary>
    public static ComponentVal S16(short value) => new() { _kind = ComponentValKind.S16, _bits = (ushort)value };

    /// <summary>A <c>u16</c>.</summary>
    public static ComponentVal U16(ushort value) => new() { _kind = ComponentValKind.U16, _bits = value };

    /// <summary>An <c>s32</c>.</summary>
    public static ComponentVal S32(int value) => new() { _kind = ComponentValKind.S32, _bits = (uint)value };

    /// <summary>A <c>u32</c>.</summary>
    public static ComponentVal U32(uint value) => new() { _kind = ComponentValKind.U32, _bits = value };

    /// <summary>An <c>s64</c>.</summary>
    public static ComponentVal S64(long value) => new() { _kind = ComponentValKind.S64, _bits = (ulong)value };

    /// <summary>A <c>u64</c>.</summary>
    public static ComponentVal U64(ulong value) => new() { _kind = ComponentValKind.U64, _bits = value };

    /// <summary>An <c>f32</c>.</summary>
    public static ComponentVal F32(float value) => new() { _kind = ComponentValKind.F32, _bits = BitConverter.SingleToUInt32Bits(value) };

    /// <summary>An <c>f64</c>.</summary>
    public static ComponentVal F64(double value) => new() { _kind = ComponentValKind.F64, _bits = BitConverter.DoubleToUInt64Bits(value) };

    /// <summary>A <c>char</c>.</summary>
    public static ComponentVal Char(Rune value) => new() { _kind = ComponentValKind.Char, _bits = (uint)value.Value };

    /// <summary>A <c>char</c> from a code point, which must be a Unicode scalar value.</summary>
    /// <exception cref="ArgumentException">The code point is a surrogate (U+D800..U+DFFF) or above U+10FFFF.</exception>
    public static ComponentVal Char(uint scalarValue)
    {
        if (!Rune.IsValid(scalarValue))
        {
            throw new ArgumentException(
                $"U+{scalarValue:X4} is not a Unicode scalar value (surrogates and values above U+10FFFF cannot be a WIT char).",
                nameof(scalarValue));
        }

        return new() { _kind = ComponentValKind.Char, _bits = scalarValue };
    }

    /// <summary>A <c>string</c>, encoded to UTF-8 straight into a Wasmtime-owned buffer.</summary>
    /// <exception cref="ArgumentException">The text contains an unpaired surrogate.</exception>
    public static ComponentVal String(ReadOnlySpan<char> value) => FromName(ComponentValKind.String, NativeName.FromUtf16(value, "string"));

    /// <summary>A <c>string</c> from UTF-8 bytes (validated).</summary>
    /// <exception cref="ArgumentException">The bytes are not valid UTF-8.</exception>
    public static ComponentVal StringFromUtf8(ReadOnlySpan<byte> utf8) => FromName(ComponentValKind.String, NativeName.FromUtf8(utf8, "string"));

    /// <summary>
    /// A <c>list</c> of <paramref name="count"/> elements, all <c>default</c> (bool false), to be filled in place
    /// through <see cref="GetListItems"/>: no intermediate buffer. Assigned elements become owned by the list.
    /// </summary>
    public static ComponentVal NewList(int count) => NewVector(ComponentValKind.List, count);

    /// <summary>A <c>list</c> that takes ownership of <paramref name="items"/> (their bits are moved, not cloned).</summary>
    public static ComponentVal List(ReadOnlySpan<ComponentVal> items)
    {
        var list = NewVector(ComponentValKind.List, items.Length);
        items.CopyTo(list.GetListItems());
        return list;
    }

    /// <summary>A <c>list&lt;u8&gt;</c> written element by element into Wasmtime's value list (the fast path for bytes).</summary>
    public static ComponentVal Bytes(ReadOnlySpan<byte> bytes)
    {
        var list = NewUninitializedVector(ComponentValKind.List, bytes.Length);
        var items = (ComponentVal*)list._data;
        for (var i = 0; i < bytes.Length; i++)
        {
            var item = items + i;
            *(ulong*)item = (ulong)ComponentValKind.U8;
            item->_bits = bytes[i];
        }

        return list;
    }

    /// <summary>A <c>tuple</c> of <paramref name="count"/> elements (all <c>default</c>), filled through <see cref="GetTupleItems"/>.</summary>
    public static ComponentVal NewTuple(int count) => NewVector(ComponentValKind.Tuple, count);

    /// <summary>A <c>tuple</c> that takes ownership of <paramref name="items"/>.</summary>
    public static ComponentVal Tuple(ReadOnlySpan<ComponentVal> items)
    {
        var tuple = NewVector(ComponentValKind.Tuple, items.Length);
        items.CopyTo(tuple.GetTupleItems());
        return tuple;
    }

    /// <summary>
    /// A <c>record</c> with <paramref name="fieldCount"/> fields, each to be set with <see cref="SetRecordField(int, ReadOnlySpan{byte}, ComponentVal)"/>
    /// in declaration order.
    /// </summary>
    public static ComponentVal NewRecord(int fieldCount) => NewVector(ComponentValKind.Record, fieldCount, sizeof(ComponentRecordField));

    /// <summary>
    /// Sets field <paramref name="index"/> of a record made by <see cref="NewRecord"/>: the UTF-8 name
    /// (e.g. <c>"field-name"u8</c>) is copied, <paramref name="value"/> becomes owned by the record.
    /// </summary>
    public void SetRecordField(int index, ReadOnlySpan<byte> utf8Name, ComponentVal value)
    {
        var entry = (RecordEntry*)ElementAtOrRelease(ComponentValKind.Record, index, sizeof(RecordEntry), ref value);
        var name = NameOrRelease(utf8Name, "record field name", ref value);
        NativeMethods.wasm_byte_vec_delete(&entry->Name);
        entry->Name = name;
        entry->Value.Dispose();
        entry->Value = value;
    }

    /// <summary>Sets field <paramref name="index"/> of a record from a field name given as a string.</summary>
    public void SetRecordField(int index, string name, ComponentVal value)
    {
        var entry = (RecordEntry*)ElementAtOrRelease(ComponentValKind.Record, index, sizeof(RecordEntry), ref value);
        var native = NameOrRelease(name, "record field name", ref value);
        NativeMethods.wasm_byte_vec_delete(&entry->Name);
        entry->Name = native;
        entry->Value.Dispose();
        entry->Value = value;
    }

    /// <summary>A <c>variant</c> case without payload (UTF-8 case name, e.g. <c>"none-left"u8</c>).</summary>
    public static ComponentVal Variant(ReadOnlySpan<byte> utf8CaseName) =>
        FromName(ComponentValKind.Variant, NativeName.FromUtf8(utf8CaseName, "variant case name"));

    /// <summary>A <c>variant</c> case with a payload, which becomes owned by the variant.</summary>
    public static ComponentVal Variant(ReadOnlySpan<byte> utf8CaseName, ComponentVal payload)
    {
        var variant = FromName(ComponentValKind.Variant, NameOrRelease(utf8CaseName, "variant case name", ref payload));
        variant._payload = Box(payload);
        return variant;
    }

    /// <summary>A <c>variant</c> case (name as a string) with an optional payload, which becomes owned by the variant.</summary>
    public static ComponentVal Variant(string caseName, ComponentVal? payload = null)
    {
        var value = payload.GetValueOrDefault();
        var variant = FromName(ComponentValKind.Variant, NameOrRelease(caseName, "variant case name", ref value));
        if (payload.HasValue)
        {
            variant._payload = Box(value);
        }

        return variant;
    }

    /// <summary>An <c>enum</c> case (UTF-8 case name).</summary>
    public static ComponentVal Enum(ReadOnlySpan<byte> utf8CaseName) => FromName(ComponentValKind.Enum, NativeName.FromUtf8(utf8CaseName, "enum case name"));

    /// <summary>An <c>enum</c> case (name as a string).</summary>
    public static ComponentVal Enum(string caseName) => FromName(ComponentValKind.Enum, NativeName.FromUtf16(caseName, "enum case name"));

    /// <summary>The <c>none</c> of an <c>option</c>.</summary>
    public static ComponentVal None() => new() { _kind = ComponentValKind.Option };

    /// <summary>The <c>some</c> of an <c>option</c>; the payload becomes owned by the option.</summary>
    public static ComponentVal Some(ComponentVal payload) => new() { _kind = ComponentValKind.Option, _bits = (ulong)Box(payload) };

    /// <summary>An <c>ok</c> result without payload.</summary>
    public static ComponentVal Ok() => new() { _kind = ComponentValKind.Result, _bits = 1 };

    /// <summary>An <c>ok</c> result; the payload becomes owned by the result.</summary>
    public static ComponentVal Ok(ComponentVal payload) => new() { _kind = ComponentValKind.Result, _bits = 1, _data = Box(payload) };

    /// <summary>An <c>err</c> result without payload.</summary>
    public static ComponentVal Err() => new() { _kind = ComponentValKind.Result, _bits = 0 };

    /// <summary>An <c>err</c> result; the payload becomes owned by the result.</summary>
    public static ComponentVal Err(ComponentVal payload) => new() { _kind = ComponentValKind.Result, _bits = 0, _data = Box(payload) };

    /// <summary>A <c>flags</c> value with room for <paramref name="setCount"/> set flags, named with <see cref="SetFlag"/>.</summary>
    public static ComponentVal NewFlags(int setCount) => NewVector(ComponentValKind.Flags, setCount, sizeof(WasmByteVec));

    /// <summary>Names the <paramref name="index"/>th set flag of a value made by <see cref="NewFlags"/> (e.g. <c>"read"u8</c>).</summary>
    public void SetFlag(int index, ReadOnlySpan<byte> utf8Name)
    {
        Expect(ComponentValKind.Flags);
        var slot = (WasmByteVec*)ElementAt(index, sizeof(WasmByteVec));
        var name = NativeName.FromUtf8(utf8Name, "flag name");
        NativeMethods.wasm_byte_vec_delete(slot);
        *slot = name;
    }

    /// <summary>A <c>flags</c> value from the names of the flags that are set.</summary>
    public static ComponentVal Flags(params string[] setFlags)
    {
        ArgumentNullException.ThrowIfNull(setFlags);
        var flags = NewFlags(setFlags.Length);
        try
        {
            for (var i = 0; i < setFlags.Length; i++)
            {
                var slot = (WasmByteVec*)flags.ElementAt(i, sizeof(WasmByteVec));
                *slot = NativeName.FromUtf16(setFlags[i], "flag name");
            }
        }
        catch
        {
            flags.Dispose();
            throw;
        }

        return flags;
    }

    /// <summary>A <c>map</c> of <paramref name="count"/> entries (all <c>default</c>), filled through <see cref="GetMapEntries"/>.</summary>
    public static ComponentVal NewMap(int count) => NewVector(ComponentValKind.Map, count, sizeof(ComponentMapEntry));

    /// <summary>Copies a name; on failure releases <paramref name="owned"/>, which the caller handed over.</summary>
    private static WasmByteVec NameOrRelease(ReadOnlySpan<byte> utf8, string what, ref ComponentVal owned)
    {
        try
        {
            return NativeName.FromUtf8(utf8, what);
        }
        catch
        {
            owned.Dispose();
            throw;
        }
    }

    /// <summary>Encodes a name; on failure releases <paramref name="owned"/>, which the caller handed over.</summary>
    private static WasmByteVec NameOrRelease(string? text, string what, ref ComponentVal owned)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(text);
            return NativeName.FromUtf16(text, what);
        }
        catch
        {
            owned.Dispose();
            throw;
        }
    }

    /// <summary>Locates an element; on failure releases <paramref name="owned"/>, which the caller handed over.</summary>
    private readonly void* ElementAtOrRelease(ComponentValKind kind, int index, int elementSize, ref ComponentVal owned)
    {
        try
        {
            Expect(kind);
            return ElementAt(index, elementSize);
        }
        catch
        {
            owned.Dispose();
            throw;
        }
    }

    private static ComponentVal FromName(ComponentValKind kind, WasmByteVec name) =>
        new() { _kind = kind, _bits = name.Size, _data = name.Data };

    /// <summary>Moves <paramref name="value"/> into a Wasmtime heap allocation (freed with the parent).</summary>
    private static ComponentVal* Box(ComponentVal value) => NativeMethods.wasmtime_component_val_new(&value);

    private static ComponentVal NewVector(ComponentValKind kind, int count, int elementSize = NativeSize)
    {
        var vector = NewUninitializedVector(kind, count);
        new Span<byte>(vector._data, count * elementSize).Clear();
        return vector;
    }

    private static ComponentVal NewUninitializedVector(ComponentValKind kind, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var vec = default(NativeVec);
        if (count > 0)
        {
            switch (kind)
            {
                case ComponentValKind.List: NativeMethods.wasmtime_component_vallist_new_uninit(&vec, (nuint)count); break;
                case ComponentValKind.Tuple: NativeMethods.wasmtime_component_valtuple_new_uninit(&vec, (nuint)count); break;
                case ComponentValKind.Record: NativeMethods.wasmtime_component_valrecord_new_uninit(&vec, (nuint)count); break;
                case ComponentValKind.Flags: NativeMethods.wasmtime_component_valflags_new_uninit(&vec, (nuint)count); break;
                case ComponentValKind.Map: NativeMethods.wasmtime_component_valmap_new_uninit(&vec, (nuint)count); break;
                default: throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        return new() { _kind = kind, _bits = vec.Size, _data = vec.Data };
    }

    private readonly void* ElementAt(int index, int elementSize)
    {
        if ((uint)index >= (ulong)_bits)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"Index {index} is outside the {_bits} elements of this {_kind}.");
        }

        return (byte*)_data + ((nint)index * elementSize);
    }

    /// <summary>Native shape of a record entry, used to write names and values in place.</summary>
    private struct RecordEntry
    {
        public WasmByteVec Name;
        public ComponentVal Value;
    }
}
