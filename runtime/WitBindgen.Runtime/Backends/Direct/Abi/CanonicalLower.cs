using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// Lowers <see cref="ComponentVal"/>s into guest memory (<c>store</c>) and into flat core values (<c>lower_flat</c>).
/// Flat values are 64-bit slots holding each core value's bit pattern zero-extended (an <c>i32</c> as its unsigned
/// value, an <c>f32</c> as its bits), which makes the spec's variant joins the identity. Memory is re-read after
/// every realloc, since the guest may grow it.
/// </summary>
internal static class CanonicalLower
{
    /// <summary>Stores <paramref name="value"/> of type <paramref name="type"/> at <paramref name="pointer"/>, which the caller checked.</summary>
    public static void Store(AbiContext cx, in ComponentVal value, AbiType type, uint pointer)
    {
        Expect(cx, value, type);
        switch (type.Kind)
        {
            case AbiKind.Bool: cx.Memory.Span[(int)pointer] = value.GetBool() ? (byte)1 : (byte)0; break;
            case AbiKind.S8: cx.Memory.Span[(int)pointer] = (byte)value.GetS8(); break;
            case AbiKind.U8: cx.Memory.Span[(int)pointer] = value.GetU8(); break;
            case AbiKind.S16: BinaryPrimitives.WriteInt16LittleEndian(At(cx, pointer), value.GetS16()); break;
            case AbiKind.U16: BinaryPrimitives.WriteUInt16LittleEndian(At(cx, pointer), value.GetU16()); break;
            case AbiKind.S32: BinaryPrimitives.WriteInt32LittleEndian(At(cx, pointer), value.GetS32()); break;
            case AbiKind.U32: BinaryPrimitives.WriteUInt32LittleEndian(At(cx, pointer), value.GetU32()); break;
            case AbiKind.S64: BinaryPrimitives.WriteInt64LittleEndian(At(cx, pointer), value.GetS64()); break;
            case AbiKind.U64: BinaryPrimitives.WriteUInt64LittleEndian(At(cx, pointer), value.GetU64()); break;
            case AbiKind.F32: BinaryPrimitives.WriteSingleLittleEndian(At(cx, pointer), value.GetF32()); break;
            case AbiKind.F64: BinaryPrimitives.WriteDoubleLittleEndian(At(cx, pointer), value.GetF64()); break;
            case AbiKind.Char: BinaryPrimitives.WriteUInt32LittleEndian(At(cx, pointer), (uint)value.GetChar().Value); break;
            case AbiKind.Own:
            case AbiKind.Borrow:
                var handle = cx.Handles.Resources.Lower(cx, cx.Handles, type, value);
                BinaryPrimitives.WriteUInt32LittleEndian(At(cx, pointer), handle);
                break;
            case AbiKind.String:
                var (stringPointer, units) = CanonicalStrings.StoreUtf8(cx, value.GetStringUtf8());
                StorePair(cx, pointer, stringPointer, units);
                break;
            case AbiKind.List:
            case AbiKind.Map:
                var (listPointer, length) = StoreListIntoRange(cx, value, type);
                StorePair(cx, pointer, listPointer, length);
                break;
            case AbiKind.FixedList:
                var fixedItems = FixedItems(cx, value, type);
                for (var i = 0; i < fixedItems.Length; i++)
                {
                    Store(cx, fixedItems[i], type.Element!, pointer + ((uint)i * type.Element!.Size));
                }

                break;
            case AbiKind.Record:
                var fields = Fields(cx, value, type);
                for (var i = 0; i < fields.Length; i++)
                {
                    Store(cx, fields[i].Value, type.Fields[i], pointer + type.Offsets[i]);
                }

                break;
            case AbiKind.Tuple:
                var items = Items(cx, value, type);
                for (var i = 0; i < items.Length; i++)
                {
                    Store(cx, items[i], type.Fields[i], pointer + type.Offsets[i]);
                }

                break;
            case AbiKind.Flags:
                StoreFlags(cx, value, type, pointer);
                break;
            default:
                var index = CaseIndex(cx, value, type);
                var memory = cx.Memory.Span;
                switch (type.DiscriminantSize)
                {
                    case 1: memory[(int)pointer] = (byte)index; break;
                    case 2: BinaryPrimitives.WriteUInt16LittleEndian(memory.Slice((int)pointer), (ushort)index); break;
                    default: BinaryPrimitives.WriteUInt32LittleEndian(memory.Slice((int)pointer), (uint)index); break;
                }

                if (type.Cases[index] is { } payload)
                {
                    Store(cx, value.GetPayload(), payload, pointer + type.PayloadOffset);
                }

                break;
        }
    }

    /// <summary>Lowers <paramref name="value"/> into <paramref name="flat"/> from <paramref name="index"/> on (<c>lower_flat</c>).</summary>
    public static void LowerFlat(AbiContext cx, in ComponentVal value, AbiType type, Span<ulong> flat, ref int index)
    {
        Expect(cx, value, type);
        switch (type.Kind)
        {
            case AbiKind.Bool: flat[index++] = value.GetBool() ? 1UL : 0UL; break;
            case AbiKind.S8: flat[index++] = (uint)value.GetS8(); break;
            case AbiKind.U8: flat[index++] = value.GetU8(); break;
            case AbiKind.S16: flat[index++] = (uint)value.GetS16(); break;
            case AbiKind.U16: flat[index++] = value.GetU16(); break;
            case AbiKind.S32: flat[index++] = (uint)value.GetS32(); break;
            case AbiKind.U32: flat[index++] = value.GetU32(); break;
            case AbiKind.S64: flat[index++] = (ulong)value.GetS64(); break;
            case AbiKind.U64: flat[index++] = value.GetU64(); break;
            case AbiKind.F32: flat[index++] = BitConverter.SingleToUInt32Bits(value.GetF32()); break;
            case AbiKind.F64: flat[index++] = BitConverter.DoubleToUInt64Bits(value.GetF64()); break;
            case AbiKind.Char: flat[index++] = (uint)value.GetChar().Value; break;
            case AbiKind.Own:
            case AbiKind.Borrow: flat[index++] = cx.Handles.Resources.Lower(cx, cx.Handles, type, value); break;
            case AbiKind.String:
                var (stringPointer, units) = CanonicalStrings.StoreUtf8(cx, value.GetStringUtf8());
                flat[index++] = stringPointer;
                flat[index++] = units;
                break;
            case AbiKind.List:
            case AbiKind.Map:
                var (listPointer, length) = StoreListIntoRange(cx, value, type);
                flat[index++] = listPointer;
                flat[index++] = length;
                break;
            case AbiKind.FixedList:
                foreach (ref readonly var item in FixedItems(cx, value, type))
                {
                    LowerFlat(cx, item, type.Element!, flat, ref index);
                }

                break;
            case AbiKind.Record:
                var fields = Fields(cx, value, type);
                for (var i = 0; i < fields.Length; i++)
                {
                    LowerFlat(cx, fields[i].Value, type.Fields[i], flat, ref index);
                }

                break;
            case AbiKind.Tuple:
                var items = Items(cx, value, type);
                for (var i = 0; i < items.Length; i++)
                {
                    LowerFlat(cx, items[i], type.Fields[i], flat, ref index);
                }

                break;
            case AbiKind.Flags:
                var words = type.FlatCount;
                Span<uint> bits = words <= 8 ? stackalloc uint[words] : new uint[words];
                PackFlags(cx, value, type, bits);
                foreach (var word in bits)
                {
                    flat[index++] = word;
                }

                break;
            default:
                var start = index;
                var caseIndex = CaseIndex(cx, value, type);
                flat[index++] = (uint)caseIndex;
                if (type.Cases[caseIndex] is { } payload)
                {
                    LowerFlat(cx, value.GetPayload(), payload, flat, ref index);
                }

                var end = start + type.FlatCount;
                flat.Slice(index, end - index).Clear();
                index = end;
                break;
        }
    }

    /// <summary>
    /// Stores a list's elements in memory allocated through realloc (<c>store_list_into_range</c>): the size is checked
    /// before allocating, the returned pointer's alignment and bounds after; lists of integers and floats are copied
    /// element by element without going through <see cref="Store"/>.
    /// </summary>
    public static (uint Pointer, uint Length) StoreListIntoRange(AbiContext cx, in ComponentVal value, AbiType type)
    {
        var element = type.Element!;
        if (type.Kind == AbiKind.Map)
        {
            var entries = value.GetMapEntries();
            var mapPointer = Allocate(cx, entries.Length, element);
            for (var i = 0; i < entries.Length; i++)
            {
                var at = mapPointer + ((uint)i * element.Size);
                Store(cx, entries[i].Key, element.Fields[0], at + element.Offsets[0]);
                Store(cx, entries[i].Value, element.Fields[1], at + element.Offsets[1]);
            }

            return (mapPointer, (uint)entries.Length);
        }

        var items = value.GetList();
        var pointer = Allocate(cx, items.Length, element);
        if (element.IsBlittable)
        {
            StorePrimitives(cx, items, element, pointer);
        }
        else
        {
            for (var i = 0; i < items.Length; i++)
            {
                Store(cx, items[i], element, pointer + ((uint)i * element.Size));
            }
        }

        return (pointer, (uint)items.Length);
    }

    /// <summary>Stores a .NET array of integers or floats as a list by one block copy; returns the pointer and length.</summary>
    public static (uint Pointer, uint Length) StoreBlittable<T>(AbiContext cx, ReadOnlySpan<T> items)
        where T : unmanaged
    {
        var size = (uint)System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var byteLength = (ulong)items.Length * size;
        if (byteLength > uint.MaxValue)
        {
            throw cx.Trap($"is a list of {items.Length} elements ({byteLength} bytes), too large for a 32-bit memory");
        }

        var pointer = cx.Realloc(0, 0, size, (uint)byteLength);
        MemoryMarshal.AsBytes(items).CopyTo(cx.Memory.Span.Slice((int)pointer));
        return (pointer, (uint)items.Length);
    }

    private static uint Allocate(AbiContext cx, int count, AbiType element)
    {
        var byteLength = (ulong)count * element.Size;
        if (byteLength > uint.MaxValue)
        {
            throw cx.Trap($"is a list of {count} {element.Describe()} ({byteLength} bytes), too large for a 32-bit memory");
        }

        return cx.Realloc(0, 0, element.Alignment, (uint)byteLength);
    }

    private static unsafe void StorePrimitives(AbiContext cx, ReadOnlySpan<ComponentVal> items, AbiType element, uint pointer)
    {
        var kind = KindOf(element);
        var memory = cx.Memory.Span.Slice((int)pointer, items.Length * (int)element.Size);
        fixed (byte* start = memory)
        {
            for (var i = 0; i < items.Length; i++)
            {
                ref readonly var item = ref items[i];
                if (item.Kind != kind)
                {
                    throw cx.Trap($"has a {item.Kind} at list index {i} where the type is {element.Describe()}");
                }

                var bits = RawBits(item);
                switch (element.Size)
                {
                    case 1: start[i] = (byte)bits; break;
                    case 2: ((ushort*)start)[i] = (ushort)bits; break;
                    case 4: ((uint*)start)[i] = (uint)bits; break;
                    default: ((ulong*)start)[i] = bits; break;
                }
            }
        }
    }

    /// <summary>A primitive value's payload bits (the struct keeps them at offset 8).</summary>
    private static unsafe ulong RawBits(in ComponentVal value)
    {
        fixed (ComponentVal* pointer = &value)
        {
            return *(ulong*)((byte*)pointer + 8);
        }
    }

    private static void StoreFlags(AbiContext cx, in ComponentVal value, AbiType type, uint pointer)
    {
        var words = type.Names.Length <= 16 ? 1 : (int)(type.Size / 4);
        Span<uint> bits = words <= 8 ? stackalloc uint[words] : new uint[words];
        PackFlags(cx, value, type, bits);
        var memory = cx.Memory.Span.Slice((int)pointer);
        switch (type.Size)
        {
            case 0: break;
            case 1: memory[0] = (byte)bits[0]; break;
            case 2: BinaryPrimitives.WriteUInt16LittleEndian(memory, (ushort)bits[0]); break;
            default:
                for (var i = 0; i < bits.Length; i++)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(memory.Slice(i * 4), bits[i]);
                }

                break;
        }
    }

    private static void PackFlags(AbiContext cx, in ComponentVal value, AbiType type, Span<uint> words)
    {
        foreach (var name in value.GetFlags())
        {
            var bit = IndexOf(type.Names, name.Utf8);
            if (bit < 0)
            {
                throw cx.Trap($"sets flag '{name}', which {type.Describe()} does not have");
            }

            words[bit / 32] |= 1u << (bit % 32);
        }
    }

    private static int CaseIndex(AbiContext cx, in ComponentVal value, AbiType type)
    {
        int index;
        switch (type.Kind)
        {
            case AbiKind.Option:
                index = value.IsSome ? 1 : 0;
                break;
            case AbiKind.Result:
                index = value.IsOk ? 0 : 1;
                break;
            default:
                var name = value.GetCaseName();
                index = IndexOf(type.Names, name.Utf8);
                if (index < 0)
                {
                    throw cx.Trap($"is case '{name}', which {type.Describe()} does not have");
                }

                break;
        }

        var hasPayload = type.Kind != AbiKind.Enum && value.HasPayload;
        if (hasPayload != type.Cases[index] is not null)
        {
            throw cx.Trap($"is case '{System.Text.Encoding.UTF8.GetString(type.Names[index])}' {(hasPayload ? "with" : "without")} a payload, but the type's case has {(hasPayload ? "none" : "one")}");
        }

        return index;
    }

    private static ReadOnlySpan<ComponentRecordField> Fields(AbiContext cx, in ComponentVal value, AbiType type)
    {
        var fields = value.GetRecordFields();
        if (fields.Length != type.Fields.Length)
        {
            throw cx.Trap($"is a record of {fields.Length} fields where the type has {type.Fields.Length}");
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (!fields[i].Name.Is(type.Names[i]))
            {
                throw cx.Trap($"has field '{fields[i].Name}' at position {i} where the type has '{System.Text.Encoding.UTF8.GetString(type.Names[i])}'");
            }
        }

        return fields;
    }

    private static ReadOnlySpan<ComponentVal> Items(AbiContext cx, in ComponentVal value, AbiType type)
    {
        var items = value.GetTupleItems();
        if (items.Length != type.Fields.Length)
        {
            throw cx.Trap($"is a tuple of {items.Length} items where the type has {type.Fields.Length}");
        }

        return items;
    }

    private static ReadOnlySpan<ComponentVal> FixedItems(AbiContext cx, in ComponentVal value, AbiType type)
    {
        var items = value.GetList();
        if ((uint)items.Length != type.Length)
        {
            throw cx.Trap($"is a list of {items.Length} elements where the type {type.Describe()} has {type.Length}");
        }

        return items;
    }

    private static int IndexOf(byte[][] names, ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static Span<byte> At(AbiContext cx, uint pointer) => cx.Memory.Span.Slice((int)pointer);

    private static void StorePair(AbiContext cx, uint pointer, uint first, uint second)
    {
        var memory = cx.Memory.Span.Slice((int)pointer, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(memory, first);
        BinaryPrimitives.WriteUInt32LittleEndian(memory.Slice(4), second);
    }

    private static void Expect(AbiContext cx, in ComponentVal value, AbiType type)
    {
        var kind = KindOf(type);
        if (value.Kind != kind)
        {
            throw cx.Trap($"is a {value.Kind} value ({Preview(value)}) where the type is {type.Describe()} (type mismatch)");
        }
    }

    private static string Preview(in ComponentVal value)
    {
        var text = value.ToString();
        return text.Length <= 60 ? text : text.Substring(0, 60) + "…";
    }

    /// <summary>The <see cref="ComponentValKind"/> a value of <paramref name="type"/> has.</summary>
    public static ComponentValKind KindOf(AbiType type) => type.Kind switch
    {
        AbiKind.Bool => ComponentValKind.Bool,
        AbiKind.S8 => ComponentValKind.S8,
        AbiKind.U8 => ComponentValKind.U8,
        AbiKind.S16 => ComponentValKind.S16,
        AbiKind.U16 => ComponentValKind.U16,
        AbiKind.S32 => ComponentValKind.S32,
        AbiKind.U32 => ComponentValKind.U32,
        AbiKind.S64 => ComponentValKind.S64,
        AbiKind.U64 => ComponentValKind.U64,
        AbiKind.F32 => ComponentValKind.F32,
        AbiKind.F64 => ComponentValKind.F64,
        AbiKind.Char => ComponentValKind.Char,
        AbiKind.String => ComponentValKind.String,
        AbiKind.List or AbiKind.FixedList => ComponentValKind.List,
        AbiKind.Map => ComponentValKind.Map,
        AbiKind.Record => ComponentValKind.Record,
        AbiKind.Tuple => ComponentValKind.Tuple,
        AbiKind.Variant => ComponentValKind.Variant,
        AbiKind.Enum => ComponentValKind.Enum,
        AbiKind.Option => ComponentValKind.Option,
        AbiKind.Result => ComponentValKind.Result,
        AbiKind.Own or AbiKind.Borrow => ComponentValKind.Resource,
        _ => ComponentValKind.Flags,
    };
}
