using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

public unsafe partial struct ComponentVal
{
    /// <summary>The <c>bool</c> payload.</summary>
    public readonly bool GetBool() { Expect(ComponentValKind.Bool); return (byte)_bits != 0; }

    /// <summary>The <c>s8</c> payload.</summary>
    public readonly sbyte GetS8() { Expect(ComponentValKind.S8); return (sbyte)_bits; }

    /// <summary>The <c>u8</c> payload.</summary>
    public readonly byte GetU8() { Expect(ComponentValKind.U8); return (byte)_bits; }

    /// <summary>The <c>s16</c> payload.</summary>
    public readonly short GetS16() { Expect(ComponentValKind.S16); return (short)_bits; }

    /// <summary>The <c>u16</c> payload.</summary>
    public readonly ushort GetU16() { Expect(ComponentValKind.U16); return (ushort)_bits; }

    /// <summary>The <c>s32</c> payload.</summary>
    public readonly int GetS32() { Expect(ComponentValKind.S32); return (int)_bits; }

    /// <summary>The <c>u32</c> payload.</summary>
    public readonly uint GetU32() { Expect(ComponentValKind.U32); return (uint)_bits; }

    /// <summary>The <c>s64</c> payload.</summary>
    public readonly long GetS64() { Expect(ComponentValKind.S64); return (long)_bits; }

    /// <summary>The <c>u64</c> payload.</summary>
    public readonly ulong GetU64() { Expect(ComponentValKind.U64); return _bits; }

    /// <summary>The <c>f32</c> payload.</summary>
    public readonly float GetF32() { Expect(ComponentValKind.F32); return BitConverter.UInt32BitsToSingle((uint)_bits); }

    /// <summary>The <c>f64</c> payload.</summary>
    public readonly double GetF64() { Expect(ComponentValKind.F64); return BitConverter.UInt64BitsToDouble(_bits); }

    /// <summary>The <c>char</c> payload.</summary>
    public readonly Rune GetChar() { Expect(ComponentValKind.Char); return new Rune((uint)_bits); }

    /// <summary>The <c>string</c> payload decoded to a .NET string.</summary>
    public readonly string GetString() => Encoding.UTF8.GetString(GetStringUtf8());

    /// <summary>The <c>string</c> payload as UTF-8 bytes (a view, valid while this value lives).</summary>
    public readonly ReadOnlySpan<byte> GetStringUtf8()
    {
        Expect(ComponentValKind.String);
        return AsBytes();
    }

    /// <summary>The items of a <c>list</c> (a view, valid while this value lives).</summary>
    public readonly ReadOnlySpan<ComponentVal> GetList()
    {
        Expect(ComponentValKind.List);
        return new ReadOnlySpan<ComponentVal>(_data, Count);
    }

    /// <summary>The items of a <c>list</c> for filling in place (see <see cref="NewList"/>); assigned items become owned by the list.</summary>
    public readonly Span<ComponentVal> GetListItems()
    {
        Expect(ComponentValKind.List);
        return new Span<ComponentVal>(_data, Count);
    }

    /// <summary>Copies a <c>list&lt;u8&gt;</c> into a new array.</summary>
    public readonly byte[] GetBytes()
    {
        Expect(ComponentValKind.List);
        var bytes = GC.AllocateUninitializedArray<byte>(Count);
        CopyBytesTo(bytes);
        return bytes;
    }

    /// <summary>Copies a <c>list&lt;u8&gt;</c> into <paramref name="destination"/> (which must be at least as long).</summary>
    public readonly void CopyBytesTo(Span<byte> destination)
    {
        Expect(ComponentValKind.List);
        var count = Count;
        if (destination.Length < count)
        {
            throw new ArgumentException($"The destination holds {destination.Length} bytes but the list has {count}.", nameof(destination));
        }

        var items = (ComponentVal*)_data;
        for (var i = 0; i < count; i++)
        {
            if (items[i]._kind != ComponentValKind.U8)
            {
                ThrowKindMismatch(ComponentValKind.U8, items[i]._kind);
            }

            destination[i] = (byte)items[i]._bits;
        }
    }

    /// <summary>The items of a <c>tuple</c> (a view, valid while this value lives; writable to fill a <see cref="NewTuple"/>).</summary>
    public readonly Span<ComponentVal> GetTupleItems()
    {
        Expect(ComponentValKind.Tuple);
        return new Span<ComponentVal>(_data, Count);
    }

    /// <summary>The fields of a <c>record</c> in declaration order (a view, valid while this value lives).</summary>
    public readonly ReadOnlySpan<ComponentRecordField> GetRecordFields()
    {
        Expect(ComponentValKind.Record);
        return new ReadOnlySpan<ComponentRecordField>(_data, Count);
    }

    /// <summary>The entries of a <c>map</c> (a view; writable to fill a <see cref="NewMap"/>, entries become owned by the map).</summary>
    public readonly Span<ComponentMapEntry> GetMapEntries()
    {
        Expect(ComponentValKind.Map);
        return new Span<ComponentMapEntry>(_data, Count);
    }

    /// <summary>The case name of a <c>variant</c> or <c>enum</c>.</summary>
    public readonly ComponentValName GetCaseName()
    {
        if (_kind != ComponentValKind.Variant && _kind != ComponentValKind.Enum)
        {
            ThrowKindMismatch(ComponentValKind.Variant, _kind);
        }

        var self = this;
        return *(ComponentValName*)((byte*)&self + 8);
    }

    /// <summary>Whether this <c>variant</c> or <c>enum</c> is the case named <paramref name="utf8CaseName"/> (e.g. <c>"ok"u8</c>).</summary>
    public readonly bool IsCase(ReadOnlySpan<byte> utf8CaseName) =>
        (_kind == ComponentValKind.Variant || _kind == ComponentValKind.Enum) && AsBytes().SequenceEqual(utf8CaseName);

    /// <summary>Whether this <c>option</c> is <c>some</c>.</summary>
    public readonly bool IsSome
    {
        get
        {
            Expect(ComponentValKind.Option);
            return _bits != 0;
        }
    }

    /// <summary>Whether this <c>result</c> is <c>ok</c>.</summary>
    public readonly bool IsOk
    {
        get
        {
            Expect(ComponentValKind.Result);
            return (byte)_bits != 0;
        }
    }

    /// <summary>Whether this <c>variant</c>, <c>option</c> or <c>result</c> carries a payload.</summary>
    public readonly bool HasPayload => PayloadPointer != null;

    /// <summary>
    /// The payload of a <c>variant</c> case, an <c>option</c>'s <c>some</c> or a <c>result</c> side (a view owned by
    /// this value).
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no payload.</exception>
    public readonly ref readonly ComponentVal GetPayload()
    {
        var payload = PayloadPointer;
        if (payload == null)
        {
            throw new InvalidOperationException($"This {_kind} value has no payload.");
        }

        return ref *payload;
    }

    /// <summary>The names of the set flags of a <c>flags</c> value (a view, valid while this value lives).</summary>
    public readonly ReadOnlySpan<ComponentValName> GetFlags()
    {
        Expect(ComponentValKind.Flags);
        return new ReadOnlySpan<ComponentValName>(_data, Count);
    }

    /// <summary>Whether the flag named <paramref name="utf8Name"/> is set in this <c>flags</c> value.</summary>
    public readonly bool HasFlag(ReadOnlySpan<byte> utf8Name)
    {
        foreach (var name in GetFlags())
        {
            if (name.Is(utf8Name))
            {
                return true;
            }
        }

        return false;
    }

    private readonly int Count => checked((int)_bits);

    private readonly ReadOnlySpan<byte> AsBytes() => _bits == 0 ? default : new ReadOnlySpan<byte>(_data, checked((int)_bits));

    private readonly ComponentVal* PayloadPointer => _kind switch
    {
        ComponentValKind.Variant => _payload,
        ComponentValKind.Option => (ComponentVal*)_bits,
        ComponentValKind.Result => (ComponentVal*)_data,
        _ => throw new InvalidOperationException($"A {_kind} value has no payload."),
    };
}
