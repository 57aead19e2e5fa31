using System.Globalization;
using System.Text;
using WitBindgen.CodeGen.Context.Marshal;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// A function type written out structurally from its marshal nodes, as the runtime writes a component's function type
/// to check that generated Canonical ABI code fits it: <c>(a: s32, b: list&lt;record{x: u32}&gt;) -&gt; option&lt;u8&gt;</c>.
/// Type names are left out; parameter, field, case and flag names (in WIT spelling) and every value type are kept. A handle
/// is <c>own&lt;resource&gt;</c> or <c>borrow&lt;resource&gt;</c>, its resource passed beside the text in the order it names them.
/// </summary>
internal static class SignatureText
{
    /// <summary>The text of a function with <paramref name="parameters"/> (WIT names and nodes) and <paramref name="result"/>.</summary>
    public static string Of(IEnumerable<(string Name, MarshalType Type)> parameters, MarshalType? result) => Of(parameters, result, null);

    /// <summary>The text of a function, adding its handles to <paramref name="handles"/> in the order the text names them.</summary>
    public static string Of(IEnumerable<(string Name, MarshalType Type)> parameters, MarshalType? result, List<HandleMarshal>? handles)
    {
        var text = new StringBuilder("(");
        var first = true;
        foreach (var (name, type) in parameters)
        {
            text.Append(first ? string.Empty : ", ").Append(name).Append(": ");
            Append(text, type, handles);
            first = false;
        }

        text.Append(')');
        if (result is not null)
        {
            text.Append(" -> ");
            Append(text, result, handles);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, MarshalType? type, List<HandleMarshal>? handles)
    {
        switch (type)
        {
            case null:
                text.Append('_');
                break;
            case PrimitiveMarshal primitive:
                text.Append(primitive.Kind.ToString().ToLowerInvariant());
                break;
            case StringMarshal:
                text.Append("string");
                break;
            case ListMarshal list:
                text.Append("list<");
                Append(text, list.Element, handles);
                text.Append('>');
                break;
            case FixedListMarshal fixedList:
                text.Append("list<");
                Append(text, fixedList.Element, handles);
                text.Append(", ").Append(fixedList.Length.ToString(CultureInfo.InvariantCulture)).Append('>');
                break;
            case TupleMarshal tuple:
                Items(text, "tuple<", tuple.Items.Select(item => (string.Empty, (MarshalType?)item.Type)), ">", handles);
                break;
            case OptionMarshal option:
                Items(text, "option<", new[] { (string.Empty, (MarshalType?)option.Payload) }, ">", handles);
                break;
            case ResultMarshal result:
                Items(text, "result<", new[] { (string.Empty, result.Ok), (string.Empty, result.Err) }, ">", handles);
                break;
            case MapMarshal map:
                Items(text, "map<", new[] { (string.Empty, (MarshalType?)map.KeyType), (string.Empty, (MarshalType?)map.ValueType) }, ">", handles);
                break;
            case RecordMarshal record:
                Items(text, "record{", record.Fields.Select(f => (f.WitName + ": ", (MarshalType?)f.Type)), "}", handles);
                break;
            case VariantMarshal variant:
                text.Append("variant{");
                for (var i = 0; i < variant.Cases.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(variant.Cases[i].WitName);
                    if (variant.Cases[i].Payload is { } payload)
                    {
                        text.Append('(');
                        Append(text, payload, handles);
                        text.Append(')');
                    }
                }

                text.Append('}');
                break;
            case EnumMarshal @enum:
                text.Append("enum{").Append(string.Join(", ", @enum.Cases.Select(c => c.WitName))).Append('}');
                break;
            case FlagsMarshal flags:
                text.Append("flags{").Append(string.Join(", ", flags.Flags.Select(f => f.WitName))).Append('}');
                break;
            case HandleMarshal handle:
                text.Append(handle.Borrow ? "borrow<resource>" : "own<resource>");
                handles?.Add(handle);
                break;
            default:
                text.Append('?');
                break;
        }
    }

    private static void Items(StringBuilder text, string open, IEnumerable<(string Label, MarshalType? Type)> items, string close, List<HandleMarshal>? handles)
    {
        text.Append(open);
        var first = true;
        foreach (var (label, type) in items)
        {
            text.Append(first ? string.Empty : ", ").Append(label);
            Append(text, type, handles);
            first = false;
        }

        text.Append(close);
    }
}
