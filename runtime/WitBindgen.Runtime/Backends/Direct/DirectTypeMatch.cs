using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Compares a function type a host declares with the one a component lowers, structurally (type names and aliases
/// do not matter; parameter, field and case names and every value type do), and says where they first differ.
/// </summary>
internal static class DirectTypeMatch
{
    /// <summary>Null when <paramref name="declared"/> and <paramref name="lowered"/> are the same function type, else where they differ.</summary>
    public static string? Difference(FuncNode declared, FuncNode lowered)
    {
        if (declared.IsAsync != lowered.IsAsync)
        {
            return declared.IsAsync ? "the host declares it async" : "the component lowers it as async";
        }

        if (declared.Parameters.Count != lowered.Parameters.Count)
        {
            return $"the host declares {declared.Parameters.Count} parameter(s) where the component passes {lowered.Parameters.Count}";
        }

        for (var i = 0; i < declared.Parameters.Count; i++)
        {
            var (name, type) = declared.Parameters[i];
            if (name != lowered.Parameters[i].Name)
            {
                return $"parameter {i} is '{name}' on the host and '{lowered.Parameters[i].Name}' in the component";
            }

            if (!Same(type, lowered.Parameters[i].Type))
            {
                return $"parameter '{name}' has another type";
            }
        }

        if ((declared.Result is null) != (lowered.Result is null))
        {
            return declared.Result is null ? "the host declares no result where the component expects one" : "the host declares a result the component does not expect";
        }

        return declared.Result is null || Same(declared.Result, lowered.Result!) ? null : "the result has another type";
    }

    private static bool Same(TypeNode? a, TypeNode? b)
    {
        a = Unname(a);
        b = Unname(b);
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        return (a, b) switch
        {
            (PrimitiveNode x, PrimitiveNode y) => x.Kind == y.Kind,
            (RecordNode x, RecordNode y) => x.Fields.Count == y.Fields.Count
                && x.Fields.Zip(y.Fields).All(f => f.First.Name == f.Second.Name && Same(f.First.Type, f.Second.Type)),
            (VariantNode x, VariantNode y) => x.Cases.Count == y.Cases.Count
                && x.Cases.Zip(y.Cases).All(c => c.First.Name == c.Second.Name && Same(c.First.Type, c.Second.Type)),
            (LabelsNode x, LabelsNode y) => x.IsFlags == y.IsFlags && x.Names.SequenceEqual(y.Names),
            (ListNode x, ListNode y) => x.Length == y.Length && Same(x.Element, y.Element),
            (TupleNode x, TupleNode y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(t => Same(t.First, t.Second)),
            (WrapperNode x, WrapperNode y) => x.Keyword == y.Keyword && Same(x.Element, y.Element),
            (ResultNode x, ResultNode y) => Same(x.Ok, y.Ok) && Same(x.Error, y.Error),
            (MapNode x, MapNode y) => Same(x.Key, y.Key) && Same(x.Value, y.Value),
            (HandleNode x, HandleNode y) => x.IsOwn == y.IsOwn && Same(x.Resource, y.Resource),
            _ => false,
        };
    }

    private static TypeNode? Unname(TypeNode? type) => type is null ? null : NamedNode.Unwrap(type);
}
