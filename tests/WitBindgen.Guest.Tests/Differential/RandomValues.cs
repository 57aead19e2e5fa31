using Wasmtime.Components;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>Random Wasmtime values of a WIT type (primitives, strings, lists, options, results, tuples), edge values favoured.</summary>
internal static class RandomValues
{
    private static readonly ulong[] Edges = { 0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, long.MaxValue, 1UL << 63, ulong.MaxValue };

    public static ComponentValue Create(WitModel model, WitType type, Random r)
    {
        type = model.Unalias(type);
        var bits = r.Next(4) == 0 ? Edges[r.Next(Edges.Length)] : (ulong)r.NextInt64() ^ ((ulong)r.Next(2) << 63);
        if (type.Primitive is { } p)
        {
            return p switch
            {
                PrimitiveKind.Bool => ComponentValue.Bool(r.Next(2) == 1),
                PrimitiveKind.U8 => ComponentValue.U8(unchecked((byte)bits)),
                PrimitiveKind.S8 => ComponentValue.S8(unchecked((sbyte)bits)),
                PrimitiveKind.U16 => ComponentValue.U16(unchecked((ushort)bits)),
                PrimitiveKind.S16 => ComponentValue.S16(unchecked((short)bits)),
                PrimitiveKind.U32 => ComponentValue.U32(unchecked((uint)bits)),
                PrimitiveKind.S32 => ComponentValue.S32(unchecked((int)bits)),
                PrimitiveKind.U64 => ComponentValue.U64(bits),
                PrimitiveKind.S64 => ComponentValue.S64(unchecked((long)bits)),
                PrimitiveKind.F32 => ComponentValue.F32(BitConverter.Int32BitsToSingle(unchecked((int)bits))),
                PrimitiveKind.F64 => ComponentValue.F64(BitConverter.Int64BitsToDouble(unchecked((long)bits))),
                PrimitiveKind.Char => ComponentValue.Char(Rune(r)),
                PrimitiveKind.String => ComponentValue.String(string.Concat(Enumerable.Range(0, r.Next(9)).Select(_ => Rune(r).ToString()))),
                _ => throw new NotSupportedException(p.ToString()),
            };
        }

        ComponentValue Of(WitType t) => Create(model, t, r);
        return model[type.Id].Kind switch
        {
            ListKind list => ComponentValue.List(Enumerable.Range(0, r.Next(5)).Select(_ => Of(list.Element)).ToArray()),
            TupleKind tuple => ComponentValue.Tuple(tuple.Types.Select(Of).ToArray()),
            OptionKind option => r.Next(2) == 0 ? ComponentValue.None() : ComponentValue.Some(Of(option.Element)),
            ResultKind { Ok: { } ok, Err: { } err } => r.Next(2) == 0 ? ComponentValue.Ok(Of(ok)) : ComponentValue.Err(Of(err)),
            var kind => throw new NotSupportedException(kind.GetType().Name),
        };
    }

    private static System.Text.Rune Rune(Random r) => new(r.Next(4) switch
    {
        0 => r.Next(0x20, 0x7F),
        1 => r.Next(0x80, 0xD800),
        2 => r.Next(0xE000, 0x10000),
        _ => r.Next(0x10000, 0x110000),
    });
}
