using System.Text;
using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A function type written out structurally, the form generated bindings embed to say which type their Canonical ABI
/// code was written for: <c>(a: s32, b: list&lt;record{x: u32, y: string}&gt;) -&gt; option&lt;u8&gt;</c>. Type names and
/// aliases are left out; parameter, field, case and flag names and every value type are kept, so two types that render
/// the same are laid out and checked the same. A handle is <c>own&lt;resource&gt;</c> or <c>borrow&lt;resource&gt;</c>: which
/// resource it is, the text cannot say (resource types are nominal), so the handles are also listed in the order the text
/// names them, for the caller to check against the resources the bindings expect.
/// </summary>
internal static class DirectSignature
{
    // Deeper types are refused rather than rendered, bounding the work on a hostile component's type graph.
    private const int MaxDepth = 100;

    /// <summary>The text of <paramref name="type"/>, or null for an async function or one nested too deeply.</summary>
    public static string? Of(FuncNode type) => Of(type, handles: null);

    /// <summary>The text of <paramref name="type"/>, adding its handles to <paramref name="handles"/> in the order the text names them.</summary>
    public static string? Of(FuncNode type, List<HandleNode>? handles)
    {
        if (type.IsAsync)
        {
            return null;
        }

        var text = new StringBuilder("(");
        for (var i = 0; i < type.Parameters.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(type.Parameters[i].Name).Append(": ");
            if (!Append(text, type.Parameters[i].Type, 0, handles))
            {
                return null;
            }
        }

        text.Append(')');
        if (type.Result is { } result)
        {
            text.Append(" -> ");
            if (!Append(text, result, 0, handles))
            {
                return null;
            }
        }

        return text.ToString();
    }

    private static bool Append(StringBuilder text, TypeNode? node, int depth, List<HandleNode>? handles)
    {
        if (node is null)
        {
            text.Append('_');
            return true;
        }

        if (depth > MaxDepth)
        {
            return false;
        }

        switch (NamedNode.Unwrap(node))
        {
            case PrimitiveNode primitive:
                text.Append(primitive.Kind.ToString().ToLowerInvariant());
                return true;
            case ListNode list:
                text.Append("list<");
                if (!Append(text, list.Element, depth + 1, handles))
                {
                    return false;
                }

                text.Append(list.Length is { } length ? ", " + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">" : ">");
                return true;
            case TupleNode tuple:
                return Items(text, "tuple<", tuple.Items.Select(item => ((string?)null, (TypeNode?)item)), ">", depth, handles);
            case WrapperNode wrapper:
                return Items(text, wrapper.Keyword + "<", [(null, wrapper.Element)], ">", depth, handles);
            case ResultNode result:
                return Items(text, "result<", [(null, result.Ok), (null, result.Error)], ">", depth, handles);
            case MapNode map:
                return Items(text, "map<", [(null, map.Key), (null, map.Value)], ">", depth, handles);
            case RecordNode record:
                return Items(text, "record{", record.Fields.Select(f => ((string?)(f.Name + ": "), (TypeNode?)f.Type)), "}", depth, handles);
            case VariantNode variant:
                text.Append("variant{");
                for (var i = 0; i < variant.Cases.Count; i++)
                {
                    var (name, payload) = variant.Cases[i];
                    text.Append(i == 0 ? string.Empty : ", ").Append(name);
                    if (payload is not null)
                    {
                        text.Append('(');
                        if (!Append(text, payload, depth + 1, handles))
                        {
                            return false;
                        }

                        text.Append(')');
                    }
                }

                text.Append('}');
                return true;
            case LabelsNode labels:
                text.Append(labels.IsFlags ? "flags{" : "enum{").AppendJoin(", ", labels.Names).Append('}');
                return true;
            case HandleNode handle:
                text.Append(handle.IsOwn ? "own<resource>" : "borrow<resource>");
                handles?.Add(handle);
                return true;
            default:
                // Resources and anything else: never the type of a function generated code calls directly.
                text.Append('?');
                return true;
        }
    }

    private static bool Items(StringBuilder text, string open, IEnumerable<(string? Label, TypeNode? Type)> items, string close, int depth, List<HandleNode>? handles)
    {
        text.Append(open);
        var first = true;
        foreach (var (label, type) in items)
        {
            text.Append(first ? string.Empty : ", ").Append(label);
            first = false;
            if (!Append(text, type, depth + 1, handles))
            {
                return false;
            }
        }

        text.Append(close);
        return true;
    }
}
