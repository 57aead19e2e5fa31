using System.Globalization;
using Wasmtime.Components;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// Renders a value Wasmtime lifted (<see cref="ComponentValue"/>) as text, following its WIT type, with the same
/// rules <see cref="DriverWriter"/> uses for C# values: <c>[a,b]</c> lists, <c>{a,b}</c> records and flags,
/// <c>(a,b)</c> tuples, <c>case(payload)</c>, <c>some(x)</c>/<c>none</c>, <c>ok(x)</c>/<c>err(x)</c>, <c>'1F600'</c>
/// chars, quoted strings, invariant round-trip numbers and <c>nan</c> for every NaN.
/// </summary>
internal static class ValueText
{
    public static string Render(WitModel model, WitType type, ComponentValue value)
    {
        type = model.Unalias(type);
        if (type.Primitive is { } p)
        {
            return p switch
            {
                PrimitiveKind.Bool => value.AsBool() ? "true" : "false",
                PrimitiveKind.U8 => value.AsU8().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.S8 => value.AsS8().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.U16 => value.AsU16().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.S16 => value.AsS16().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.U32 => value.AsU32().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.S32 => value.AsS32().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.U64 => value.AsU64().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.S64 => value.AsS64().ToString(CultureInfo.InvariantCulture),
                PrimitiveKind.F32 => float.IsNaN(value.AsF32()) ? "nan" : value.AsF32().ToString("R", CultureInfo.InvariantCulture),
                PrimitiveKind.F64 => double.IsNaN(value.AsF64()) ? "nan" : value.AsF64().ToString("R", CultureInfo.InvariantCulture),
                PrimitiveKind.Char => "'" + value.AsRune().Value.ToString("X", CultureInfo.InvariantCulture) + "'",
                PrimitiveKind.String => "\"" + value.AsString() + "\"",
                _ => throw new NotSupportedException(p.ToString()),
            };
        }

        string Of(WitType t, ComponentValue v) => Render(model, t, v);
        switch (model[type.Id].Kind)
        {
            case RecordKind record:
                return "{" + string.Join(",", record.Fields.Select((f, i) => Of(f.Type, value.AsRecord()[i].Value))) + "}";
            case TupleKind tuple:
                return "(" + string.Join(",", tuple.Types.Select((t, i) => Of(t, value.AsTuple()[i]))) + ")";
            case ListKind list:
                return "[" + string.Join(",", value.AsList().Select(v => Of(list.Element, v))) + "]";
            case VariantKind variant:
                var name = value.AsVariant();
                var c = variant.Cases.Single(x => x.Name == name);
                return c.Type is { } payload ? $"{name}({Of(payload, value.Payload!)})" : name;
            case EnumKind:
                return value.AsEnum();
            case FlagsKind flags:
                var set = value.AsFlags().ToHashSet();
                return "{" + string.Join(",", flags.Flags.Select(f => f.Name).Where(set.Contains)) + "}";
            case OptionKind option:
                return value.IsSome ? $"some({Of(option.Element, value.Payload!)})" : "none";
            case ResultKind result:
                var side = value.IsOk ? result.Ok : result.Err;
                var word = value.IsOk ? "ok" : "err";
                return side is { } s ? $"{word}({Of(s, value.Payload!)})" : word;
            default:
                throw new NotSupportedException(model[type.Id].Kind.GetType().Name);
        }
    }
}
