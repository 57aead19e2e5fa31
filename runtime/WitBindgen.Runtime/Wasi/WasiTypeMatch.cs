using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Wasi;

/// <summary>
/// Compares an item a component imports from a WASI interface with the same item of the runtime's definitions,
/// structurally as the direct backend compares function types, with handles compared by the WASI resource they name.
/// </summary>
internal sealed class WasiTypeMatch(WasiResourceNames component, WasiResourceNames reference)
{
    private const int MaxDepth = 100;

    /// <summary>Null when the component's function type is the reference's, else where they first differ.</summary>
    public string? Difference(FuncNode imported, FuncNode defined)
    {
        if (imported.IsAsync != defined.IsAsync)
        {
            return imported.IsAsync ? "it is imported as async" : "it is defined async";
        }

        if (imported.Parameters.Count != defined.Parameters.Count)
        {
            return $"it is imported with {imported.Parameters.Count} parameter(s) where the definition has {defined.Parameters.Count}";
        }

        for (var i = 0; i < imported.Parameters.Count; i++)
        {
            var (name, type) = imported.Parameters[i];
            if (name != defined.Parameters[i].Name)
            {
                return $"parameter {i} is '{name}' in the component and '{defined.Parameters[i].Name}' in the definition";
            }

            if (!Same(type, defined.Parameters[i].Type, 0))
            {
                return $"parameter '{name}' has another type";
            }
        }

        return Same(imported.Result, defined.Result, 0) ? null : "the result has another type";
    }

    /// <summary>Whether a type the component imports (a record, a resource) is the reference's.</summary>
    public bool SameType(TypeNode imported, TypeNode defined) => Same(imported, defined, 0);

    private bool Same(TypeNode? a, TypeNode? b, int depth)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (depth > MaxDepth)
        {
            return false;
        }

        if (component.Of(a) is { } resource)
        {
            return resource == reference.Of(b);
        }

        a = NamedNode.Unwrap(a);
        b = NamedNode.Unwrap(b);
        var next = depth + 1;
        return (a, b) switch
        {
            (PrimitiveNode x, PrimitiveNode y) => x.Kind == y.Kind,
            (RecordNode x, RecordNode y) => x.Fields.Count == y.Fields.Count
                && x.Fields.Zip(y.Fields).All(f => f.First.Name == f.Second.Name && Same(f.First.Type, f.Second.Type, next)),
            (VariantNode x, VariantNode y) => x.Cases.Count == y.Cases.Count
                && x.Cases.Zip(y.Cases).All(c => c.First.Name == c.Second.Name && Same(c.First.Type, c.Second.Type, next)),
            (LabelsNode x, LabelsNode y) => x.IsFlags == y.IsFlags && x.Names.SequenceEqual(y.Names),
            (ListNode x, ListNode y) => x.Length == y.Length && Same(x.Element, y.Element, next),
            (TupleNode x, TupleNode y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(t => Same(t.First, t.Second, next)),
            (WrapperNode x, WrapperNode y) => x.Keyword == y.Keyword && Same(x.Element, y.Element, next),
            (ResultNode x, ResultNode y) => Same(x.Ok, y.Ok, next) && Same(x.Error, y.Error, next),
            (MapNode x, MapNode y) => Same(x.Key, y.Key, next) && Same(x.Value, y.Value, next),
            (HandleNode x, HandleNode y) => x.IsOwn == y.IsOwn && component.Of(x.Resource) is { } name && name == reference.Of(y.Resource),
            _ => false,
        };
    }
}
