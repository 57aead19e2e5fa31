using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// Lifts guest values into <see cref="ComponentVal"/>s, from memory (<c>load</c>) and from flat core values
/// (<c>lift_flat</c>), with every check the spec makes: pointers' alignment and bounds, list and string lengths against
/// the memory and the spec's limits before anything is allocated in .NET, string encodings, <c>char</c> ranges and
/// discriminants. As the spec says, a nonzero <c>bool</c> is true, unknown flag bits are ignored, narrow integers are
/// truncated and NaNs are canonicalized. A value that fails half-way releases what it had built.
/// </summary>
internal static class CanonicalLift
{
    /// <summary>Loads a value of <paramref name="type"/> at <paramref name="pointer"/>, which the caller checked.</summary>
    public static ComponentVal Load(AbiContext cx, AbiType type, uint pointer)
    {
        var memory = cx.Memory.Span.Slice((int)pointer, (int)type.Size);
        switch (type.Kind)
        {
            case AbiKind.Bool: return ComponentVal.Bool(memory[0] != 0);
            case AbiKind.S8: return ComponentVal.S8((sbyte)memory[0]);
            case AbiKind.U8: return ComponentVal.U8(memory[0]);
            case AbiKind.S16: return ComponentVal.S16(BinaryPrimitives.ReadInt16LittleEndian(memory));
            case AbiKind.U16: return ComponentVal.U16(BinaryPrimitives.ReadUInt16LittleEndian(memory));
            case AbiKind.S32: return ComponentVal.S32(BinaryPrimitives.ReadInt32LittleEndian(memory));
            case AbiKind.U32: return ComponentVal.U32(BinaryPrimitives.ReadUInt32LittleEndian(memory));
            case AbiKind.S64: return ComponentVal.S64(BinaryPrimitives.ReadInt64LittleEndian(memory));
            case AbiKind.U64: return ComponentVal.U64(BinaryPrimitives.ReadUInt64LittleEndian(memory));
            case AbiKind.F32: return F32(BinaryPrimitives.ReadUInt32LittleEndian(memory));
            case AbiKind.F64: return F64(BinaryPrimitives.ReadUInt64LittleEndian(memory));
            case AbiKind.Char: return Char(cx, BinaryPrimitives.ReadUInt32LittleEndian(memory));
            case AbiKind.String:
                return CanonicalStrings.LoadValue(cx, BinaryPrimitives.ReadUInt32LittleEndian(memory), BinaryPrimitives.ReadUInt32LittleEndian(memory.Slice(4)));
            case AbiKind.List:
            case AbiKind.Map:
                return LoadListFromRange(cx, type, BinaryPrimitives.ReadUInt32LittleEndian(memory), BinaryPrimitives.ReadUInt32LittleEndian(memory.Slice(4)));
            case AbiKind.FixedList:
                return LoadElements(cx, type.Element!, pointer, type.Length);
            case AbiKind.Record:
            case AbiKind.Tuple:
            {
                var value = NewAggregate(type);
                try
                {
                    for (var i = 0; i < type.Fields.Length; i++)
                    {
                        SetField(ref value, type, i, Load(cx, type.Fields[i], pointer + type.Offsets[i]));
                    }
                }
                catch
                {
                    value.Dispose();
                    throw;
                }

                return value;
            }

            case AbiKind.Flags:
                var words = type.Size <= 2 ? 1 : (int)(type.Size / 4);
                Span<uint> bits = words <= 8 ? stackalloc uint[words] : new uint[words];
                switch (type.Size)
                {
                    case 0: break;
                    case 1: bits[0] = memory[0]; break;
                    case 2: bits[0] = BinaryPrimitives.ReadUInt16LittleEndian(memory); break;
                    default:
                        for (var i = 0; i < words; i++)
                        {
                            bits[i] = BinaryPrimitives.ReadUInt32LittleEndian(memory.Slice(i * 4));
                        }

                        break;
                }

                return Flags(type, bits);
            default:
                var index = type.DiscriminantSize switch
                {
                    1 => memory[0],
                    2 => BinaryPrimitives.ReadUInt16LittleEndian(memory),
                    _ => BinaryPrimitives.ReadUInt32LittleEndian(memory),
                };
                CheckCase(cx, type, index);
                return Case(type, (int)index, type.Cases[index] is { } payload ? Load(cx, payload, pointer + type.PayloadOffset) : null);
        }
    }

    /// <summary>Lifts a value of <paramref name="type"/> from <paramref name="flat"/> at <paramref name="index"/> on (<c>lift_flat</c>).</summary>
    public static ComponentVal LiftFlat(AbiContext cx, AbiType type, ReadOnlySpan<ulong> flat, ref int index)
    {
        switch (type.Kind)
        {
            case AbiKind.Bool: return ComponentVal.Bool((uint)flat[index++] != 0);
            case AbiKind.S8: return ComponentVal.S8((sbyte)flat[index++]);
            case AbiKind.U8: return ComponentVal.U8((byte)flat[index++]);
            case AbiKind.S16: return ComponentVal.S16((short)flat[index++]);
            case AbiKind.U16: return ComponentVal.U16((ushort)flat[index++]);
            case AbiKind.S32: return ComponentVal.S32((int)flat[index++]);
            case AbiKind.U32: return ComponentVal.U32((uint)flat[index++]);
            case AbiKind.S64: return ComponentVal.S64((long)flat[index++]);
            case AbiKind.U64: return ComponentVal.U64(flat[index++]);
            case AbiKind.F32: return F32((uint)flat[index++]);
            case AbiKind.F64: return F64(flat[index++]);
            case AbiKind.Char: return Char(cx, (uint)flat[index++]);
            case AbiKind.String:
                var stringPointer = (uint)flat[index++];
                return CanonicalStrings.LoadValue(cx, stringPointer, (uint)flat[index++]);
            case AbiKind.List:
            case AbiKind.Map:
                var listPointer = (uint)flat[index++];
                return LoadListFromRange(cx, type, listPointer, (uint)flat[index++]);
            case AbiKind.FixedList:
            {
                var list = ComponentVal.NewList(checked((int)type.Length));
                try
                {
                    var items = list.GetListItems();
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = LiftFlat(cx, type.Element!, flat, ref index);
                    }
                }
                catch
                {
                    list.Dispose();
                    throw;
                }

                return list;
            }

            case AbiKind.Record:
            case AbiKind.Tuple:
            {
                var value = NewAggregate(type);
                try
                {
                    for (var i = 0; i < type.Fields.Length; i++)
                    {
                        SetField(ref value, type, i, LiftFlat(cx, type.Fields[i], flat, ref index));
                    }
                }
                catch
                {
                    value.Dispose();
                    throw;
                }

                return value;
            }

            case AbiKind.Flags:
                var words = type.FlatCount;
                Span<uint> bits = words <= 8 ? stackalloc uint[words] : new uint[words];
                for (var i = 0; i < words; i++)
                {
                    bits[i] = (uint)flat[index++];
                }

                return Flags(type, bits);
            default:
                var start = index;
                var caseIndex = (uint)flat[index++];
                CheckCase(cx, type, caseIndex);
                var payload = type.Cases[caseIndex] is { } payloadType ? LiftFlat(cx, payloadType, flat, ref index) : (ComponentVal?)null;
                index = start + type.FlatCount;
                return Case(type, (int)caseIndex, payload);
        }
    }

    /// <summary>
    /// Loads a list of <paramref name="length"/> elements at <paramref name="pointer"/> (<c>load_list_from_range</c>):
    /// the byte length is checked against the spec's limit, the pointer's alignment and the memory's end before the
    /// list is allocated. <c>list&lt;u8&gt;</c> is read as one span.
    /// </summary>
    public static ComponentVal LoadListFromRange(AbiContext cx, AbiType type, uint pointer, uint length)
    {
        var element = type.Element!;
        CheckList(cx, element, pointer, length);
        if (type.Kind == AbiKind.Map)
        {
            var map = ComponentVal.NewMap((int)length);
            try
            {
                var entries = map.GetMapEntries();
                for (var i = 0; i < entries.Length; i++)
                {
                    var at = pointer + ((uint)i * element.Size);
                    entries[i].Key = Load(cx, element.Fields[0], at + element.Offsets[0]);
                    entries[i].Value = Load(cx, element.Fields[1], at + element.Offsets[1]);
                }
            }
            catch
            {
                map.Dispose();
                throw;
            }

            return map;
        }

        if (element.Kind == AbiKind.U8)
        {
            return ComponentVal.Bytes(cx.Memory.Span.Slice((int)pointer, (int)length));
        }

        return LoadElements(cx, element, pointer, length);
    }

    /// <summary>Loads a list of integers or floats into a new .NET array by one block copy, with the same checks.</summary>
    public static T[] LoadBlittable<T>(AbiContext cx, AbiType element, uint pointer, uint length)
        where T : unmanaged
    {
        CheckList(cx, element, pointer, length);
        var bytes = cx.Memory.Span.Slice((int)pointer, (int)(length * element.Size));
        var result = GC.AllocateUninitializedArray<T>((int)length);
        bytes.CopyTo(MemoryMarshal.AsBytes(result.AsSpan()));
        if (element.Kind == AbiKind.F32)
        {
            CanonicalizeNaNs(MemoryMarshal.Cast<T, uint>(result.AsSpan()));
        }
        else if (element.Kind == AbiKind.F64)
        {
            CanonicalizeNaNs(MemoryMarshal.Cast<T, ulong>(result.AsSpan()));
        }

        return result;
    }

    /// <summary>The spec's checks of a list's range: byte length limit, alignment, bounds.</summary>
    public static void CheckList(AbiContext cx, AbiType element, uint pointer, uint length)
    {
        var byteLength = (ulong)length * element.Size;
        if (byteLength > CanonicalLayout.MaxListByteLength)
        {
            throw cx.Trap($"is a list of {length} {element.Describe()} ({byteLength} bytes), over the {CanonicalLayout.MaxListByteLength}-byte limit");
        }

        if (element.Size == 0 && length > 0)
        {
            throw cx.Trap($"is a list of {length} elements of zero size, which the component model does not allow");
        }

        cx.CheckRange(pointer, byteLength, element.Alignment, $"a list of {length} {element.Describe()}");
    }

    private static ComponentVal LoadElements(AbiContext cx, AbiType element, uint pointer, uint length)
    {
        var list = ComponentVal.NewList((int)length);
        try
        {
            var items = list.GetListItems();
            if (element.IsBlittable)
            {
                LoadPrimitives(cx, element, pointer, items);
            }
            else
            {
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Load(cx, element, pointer + ((uint)i * element.Size));
                }
            }
        }
        catch
        {
            list.Dispose();
            throw;
        }

        return list;
    }

    private static void LoadPrimitives(AbiContext cx, AbiType element, uint pointer, Span<ComponentVal> items)
    {
        var memory = cx.Memory.Span.Slice((int)pointer, items.Length * (int)element.Size);
        switch (element.Kind)
        {
            case AbiKind.S8: for (var i = 0; i < items.Length; i++) { items[i] = ComponentVal.S8((sbyte)memory[i]); } break;
            case AbiKind.U8: for (var i = 0; i < items.Length; i++) { items[i] = ComponentVal.U8(memory[i]); } break;
            case AbiKind.S16: Fill(MemoryMarshal.Cast<byte, short>(memory), items, static v => ComponentVal.S16(v)); break;
            case AbiKind.U16: Fill(MemoryMarshal.Cast<byte, ushort>(memory), items, static v => ComponentVal.U16(v)); break;
            case AbiKind.S32: Fill(MemoryMarshal.Cast<byte, int>(memory), items, static v => ComponentVal.S32(v)); break;
            case AbiKind.U32: Fill(MemoryMarshal.Cast<byte, uint>(memory), items, static v => ComponentVal.U32(v)); break;
            case AbiKind.S64: Fill(MemoryMarshal.Cast<byte, long>(memory), items, static v => ComponentVal.S64(v)); break;
            case AbiKind.U64: Fill(MemoryMarshal.Cast<byte, ulong>(memory), items, static v => ComponentVal.U64(v)); break;
            case AbiKind.F32: Fill(MemoryMarshal.Cast<byte, uint>(memory), items, static v => F32(v)); break;
            default: Fill(MemoryMarshal.Cast<byte, ulong>(memory), items, static v => F64(v)); break;
        }
    }

    private static void Fill<T>(ReadOnlySpan<T> source, Span<ComponentVal> items, Func<T, ComponentVal> make)
    {
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = make(source[i]);
        }
    }

    private static ComponentVal NewAggregate(AbiType type) =>
        type.Kind == AbiKind.Record ? ComponentVal.NewRecord(type.Fields.Length) : ComponentVal.NewTuple(type.Fields.Length);

    /// <summary>Sets field <paramref name="index"/> of a record or tuple made by <see cref="NewAggregate"/>, which then owns it.</summary>
    private static void SetField(ref ComponentVal aggregate, AbiType type, int index, ComponentVal field)
    {
        if (type.Kind == AbiKind.Record)
        {
            aggregate.SetRecordField(index, type.Names[index], field);
        }
        else
        {
            aggregate.GetTupleItems()[index] = field;
        }
    }

    private static void CheckCase(AbiContext cx, AbiType type, uint index)
    {
        if (index >= (uint)type.Cases.Length)
        {
            throw cx.Trap($"has discriminant {index}, but {type.Describe()} has {type.Cases.Length} cases");
        }
    }

    private static ComponentVal Case(AbiType type, int index, ComponentVal? payload) => type.Kind switch
    {
        AbiKind.Enum => ComponentVal.Enum(type.Names[index]),
        AbiKind.Option => payload is { } some ? ComponentVal.Some(some) : ComponentVal.None(),
        AbiKind.Result when index == 0 => payload is { } ok ? ComponentVal.Ok(ok) : ComponentVal.Ok(),
        AbiKind.Result => payload is { } err ? ComponentVal.Err(err) : ComponentVal.Err(),
        _ => payload is { } value ? ComponentVal.Variant(type.Names[index], value) : ComponentVal.Variant(type.Names[index]),
    };

    /// <summary>A flags value with the named flags whose bits are set; bits past the last flag are ignored.</summary>
    private static ComponentVal Flags(AbiType type, ReadOnlySpan<uint> words)
    {
        var count = 0;
        for (var bit = 0; bit < type.Names.Length; bit++)
        {
            count += (int)((words[bit / 32] >> (bit % 32)) & 1);
        }

        var flags = ComponentVal.NewFlags(count);
        try
        {
            var slot = 0;
            for (var bit = 0; bit < type.Names.Length; bit++)
            {
                if (((words[bit / 32] >> (bit % 32)) & 1) != 0)
                {
                    flags.SetFlag(slot++, type.Names[bit]);
                }
            }
        }
        catch
        {
            flags.Dispose();
            throw;
        }

        return flags;
    }

    private static ComponentVal Char(AbiContext cx, uint value)
    {
        if (value >= 0x110000 || (value >= 0xD800 && value <= 0xDFFF))
        {
            throw cx.Trap($"is char 0x{value:X}, which is {(value >= 0x110000 ? "above U+10FFFF" : "a surrogate")} and not a Unicode scalar value");
        }

        return ComponentVal.Char(new Rune(value));
    }

    private static ComponentVal F32(uint bits) => ComponentVal.F32(BitConverter.UInt32BitsToSingle(float.IsNaN(BitConverter.UInt32BitsToSingle(bits)) ? 0x7fc00000u : bits));

    private static ComponentVal F64(ulong bits) => ComponentVal.F64(BitConverter.UInt64BitsToDouble(double.IsNaN(BitConverter.UInt64BitsToDouble(bits)) ? 0x7ff8000000000000ul : bits));

    /// <summary>Replaces every NaN among <paramref name="bits"/> (f32 bit patterns) with the canonical NaN.</summary>
    internal static void CanonicalizeNaNs(Span<uint> bits)
    {
        for (var i = 0; i < bits.Length; i++)
        {
            if ((bits[i] & 0x7fffffffu) > 0x7f800000u)
            {
                bits[i] = 0x7fc00000u;
            }
        }
    }

    /// <summary>Replaces every NaN among <paramref name="bits"/> (f64 bit patterns) with the canonical NaN.</summary>
    internal static void CanonicalizeNaNs(Span<ulong> bits)
    {
        for (var i = 0; i < bits.Length; i++)
        {
            if ((bits[i] & 0x7fffffffffffffffUL) > 0x7ff0000000000000UL)
            {
                bits[i] = 0x7ff8000000000000UL;
            }
        }
    }
}
