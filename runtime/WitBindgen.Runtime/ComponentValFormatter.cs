using System.Globalization;
using System.Text;

namespace WitBindgen.Runtime;

/// <summary>Renders values in a WAVE-like text form for diagnostics and test failures.</summary>
internal static class ComponentValFormatter
{
    private const int MaxDepth = 32;
    private const int MaxItems = 16;

    public static string Format(in ComponentVal value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, in ComponentVal value, int depth)
    {
        if (depth > MaxDepth)
        {
            builder.Append('…');
            return;
        }

        var invariant = CultureInfo.InvariantCulture;
        switch (value.Kind)
        {
            case ComponentValKind.Bool: builder.Append(value.GetBool() ? "true" : "false"); break;
            case ComponentValKind.S8: builder.Append(value.GetS8().ToString(invariant)); break;
            case ComponentValKind.U8: builder.Append(value.GetU8().ToString(invariant)); break;
            case ComponentValKind.S16: builder.Append(value.GetS16().ToString(invariant)); break;
            case ComponentValKind.U16: builder.Append(value.GetU16().ToString(invariant)); break;
            case ComponentValKind.S32: builder.Append(value.GetS32().ToString(invariant)); break;
            case ComponentValKind.U32: builder.Append(value.GetU32().ToString(invariant)); break;
            case ComponentValKind.S64: builder.Append(value.GetS64().ToString(invariant)); break;
            case ComponentValKind.U64: builder.Append(value.GetU64().ToString(invariant)); break;
            case ComponentValKind.F32: builder.Append(value.GetF32().ToString("R", invariant)); break;
            case ComponentValKind.F64: builder.Append(value.GetF64().ToString("R", invariant)); break;
            case ComponentValKind.Char: builder.Append('\'').Append(value.GetChar().ToString()).Append('\''); break;
            case ComponentValKind.String: builder.Append('"').Append(value.GetString()).Append('"'); break;
            case ComponentValKind.List: AppendItems(builder, value.GetList(), '[', ']', depth); break;
            case ComponentValKind.Tuple: AppendItems(builder, value.GetTupleItems(), '(', ')', depth); break;
            case ComponentValKind.Record:
                builder.Append('{');
                var fields = value.GetRecordFields();
                for (var i = 0; i < fields.Length; i++)
                {
                    builder.Append(i == 0 ? " " : ", ").Append(fields[i].Name.ToString()).Append(": ");
                    Append(builder, fields[i].Value, depth + 1);
                }

                builder.Append(" }");
                break;
            case ComponentValKind.Enum: builder.Append(value.GetCaseName().ToString()); break;
            case ComponentValKind.Variant:
            case ComponentValKind.Option:
            case ComponentValKind.Result:
                builder.Append(value.Kind switch
                {
                    ComponentValKind.Variant => value.GetCaseName().ToString(),
                    ComponentValKind.Option => value.IsSome ? "some" : "none",
                    _ => value.IsOk ? "ok" : "err",
                });
                if (value.HasPayload)
                {
                    builder.Append('(');
                    Append(builder, value.GetPayload(), depth + 1);
                    builder.Append(')');
                }

                break;
            case ComponentValKind.Flags:
                builder.Append('{').Append(string.Join(", ", value.GetFlags().ToArray().Select(f => f.ToString()))).Append('}');
                break;
            case ComponentValKind.Map:
                builder.Append("map{");
                var entries = value.GetMapEntries();
                for (var i = 0; i < entries.Length && i < MaxItems; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Append(builder, entries[i].Key, depth + 1);
                    builder.Append(": ");
                    Append(builder, entries[i].Value, depth + 1);
                }

                builder.Append('}');
                break;
            default: builder.Append('<').Append(value.Kind.ToString()).Append('>'); break;
        }
    }

    private static void AppendItems(StringBuilder builder, ReadOnlySpan<ComponentVal> items, char open, char close, int depth)
    {
        builder.Append(open);
        for (var i = 0; i < items.Length && i < MaxItems; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ");
            Append(builder, items[i], depth + 1);
        }

        if (items.Length > MaxItems)
        {
            builder.Append(", … (").Append(items.Length.ToString(CultureInfo.InvariantCulture)).Append(" items)");
        }

        builder.Append(close);
    }
}
