using System.Text;
using WitBindgen.Runtime.Backends.Direct.Abi;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>Seeded random <see cref="ComponentVal"/>s of any laid-out type, edge values favoured (as the guest differential tests' generator does).</summary>
internal static class RandomComponentVals
{
    private static readonly ulong[] Edges = { 0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, long.MaxValue, 1UL << 63, ulong.MaxValue };

    public static ComponentVal Create(AbiType type, Random r, int depth = 0)
    {
        var bits = r.Next(4) == 0 ? Edges[r.Next(Edges.Length)] : (ulong)r.NextInt64() ^ ((ulong)r.Next(2) << 63);
        var length = depth > 3 ? 0 : r.Next(5);
        switch (type.Kind)
        {
            case AbiKind.Bool: return ComponentVal.Bool(r.Next(2) == 1);
            case AbiKind.U8: return ComponentVal.U8(unchecked((byte)bits));
            case AbiKind.S8: return ComponentVal.S8(unchecked((sbyte)bits));
            case AbiKind.U16: return ComponentVal.U16(unchecked((ushort)bits));
            case AbiKind.S16: return ComponentVal.S16(unchecked((short)bits));
            case AbiKind.U32: return ComponentVal.U32(unchecked((uint)bits));
            case AbiKind.S32: return ComponentVal.S32(unchecked((int)bits));
            case AbiKind.U64: return ComponentVal.U64(bits);
            case AbiKind.S64: return ComponentVal.S64(unchecked((long)bits));
            case AbiKind.F32: return ComponentVal.F32(BitConverter.Int32BitsToSingle(unchecked((int)bits)));
            case AbiKind.F64: return ComponentVal.F64(BitConverter.Int64BitsToDouble(unchecked((long)bits)));
            case AbiKind.Char: return ComponentVal.Char(Rune(r));
            case AbiKind.String: return ComponentVal.String(Text(r));
            case AbiKind.List:
                return ComponentVal.List(Enumerable.Range(0, length).Select(_ => Create(type.Element!, r, depth + 1)).ToArray());
            case AbiKind.FixedList:
                return ComponentVal.List(Enumerable.Range(0, (int)type.Length).Select(_ => Create(type.Element!, r, depth + 1)).ToArray());
            case AbiKind.Map:
                var map = ComponentVal.NewMap(length);
                var entries = map.GetMapEntries();
                for (var i = 0; i < length; i++)
                {
                    entries[i].Key = Create(type.Element!.Fields[0], r, depth + 1);
                    entries[i].Value = Create(type.Element.Fields[1], r, depth + 1);
                }

                return map;
            case AbiKind.Tuple:
                return ComponentVal.Tuple(type.Fields.Select(f => Create(f, r, depth + 1)).ToArray());
            case AbiKind.Record:
                var record = ComponentVal.NewRecord(type.Fields.Length);
                for (var i = 0; i < type.Fields.Length; i++)
                {
                    record.SetRecordField(i, type.Names[i], Create(type.Fields[i], r, depth + 1));
                }

                return record;
            case AbiKind.Flags:
                var set = Enumerable.Range(0, type.Names.Length).Where(_ => r.Next(2) == 0).ToArray();
                var flags = ComponentVal.NewFlags(set.Length);
                for (var i = 0; i < set.Length; i++)
                {
                    flags.SetFlag(i, type.Names[set[i]]);
                }

                return flags;
            default:
                var index = r.Next(type.Cases.Length);
                ComponentVal? payload = type.Cases[index] is { } p ? Create(p, r, depth + 1) : null;
                return type.Kind switch
                {
                    AbiKind.Enum => ComponentVal.Enum(type.Names[index]),
                    AbiKind.Option => payload is { } some ? ComponentVal.Some(some) : ComponentVal.None(),
                    AbiKind.Result when index == 0 => payload is { } ok ? ComponentVal.Ok(ok) : ComponentVal.Ok(),
                    AbiKind.Result => payload is { } err ? ComponentVal.Err(err) : ComponentVal.Err(),
                    _ => payload is { } v ? ComponentVal.Variant(type.Names[index], v) : ComponentVal.Variant(type.Names[index]),
                };
        }
    }

    /// <summary>Random text mixing ASCII, latin1, the rest of the BMP and astral characters.</summary>
    public static string Text(Random r, int maxLength = 9)
    {
        var text = new StringBuilder();
        var count = r.Next(maxLength);
        var plane = r.Next(4);
        for (var i = 0; i < count; i++)
        {
            text.Append(Rune(r, plane).ToString());
        }

        return text.ToString();
    }

    private static Rune Rune(Random r, int? plane = null) => new((plane ?? r.Next(4)) switch
    {
        0 => r.Next(0x20, 0x7F),
        1 => r.Next(0x80, 0x100),
        2 => r.Next(4) == 0 ? r.Next(0x100, 0xD800) : r.Next(0x20, 0x100),
        _ => r.Next(3) == 0 ? r.Next(0x10000, 0x110000) : r.Next(0xE000, 0x10000),
    });
}
