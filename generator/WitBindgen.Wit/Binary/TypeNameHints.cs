namespace WitBindgen.Wit.Binary;

/// <summary>
/// Names for the types a component binary leaves unnamed, taken from the world a <c>component-type</c> section
/// embeds: imports and exports of the same name are walked side by side, and where the component has an unnamed
/// record, variant, enum, flags or resource, the world's type in the same place lends its name.
/// </summary>
internal static class TypeNameHints
{
    private const int MaxDepth = 64;

    /// <summary>Collects names for the structural types of <paramref name="component"/> from <paramref name="world"/>.</summary>
    public static Dictionary<TypeNode, string> Collect(IReadOnlyList<ExternItem> component, IReadOnlyList<ExternItem> world)
    {
        var hints = new Dictionary<TypeNode, string>();
        var visited = new HashSet<(TypeNode, TypeNode)>();
        MatchItems(component, world, hints, visited);
        return hints;
    }

    private static void MatchItems(IReadOnlyList<ExternItem> component, IReadOnlyList<ExternItem> world, Dictionary<TypeNode, string> hints, HashSet<(TypeNode, TypeNode)> visited)
    {
        foreach (var item in component)
        {
            var match = world.FirstOrDefault(w => w.Name == item.Name && w.Kind == item.Kind && w.IsImport == item.IsImport);
            if (match?.Type is null || item.Type is null)
            {
                continue;
            }

            switch (item.Type, match.Type)
            {
                case (InstanceNode a, InstanceNode b):
                    MatchItems(a.Exports, b.Exports, hints, visited);
                    break;
                default:
                    Walk(item.Type, match.Type, hints, visited, 0);
                    break;
            }
        }
    }

    private static void Walk(TypeNode a, TypeNode b, Dictionary<TypeNode, string> hints, HashSet<(TypeNode, TypeNode)> visited, int depth)
    {
        if (depth > MaxDepth || !visited.Add((a, b)))
        {
            return;
        }

        var name = b is NamedNode named ? named.Name : null;
        var left = NamedNode.Unwrap(a);
        var right = NamedNode.Unwrap(b);
        if (name is not null && left.GetType() == right.GetType() && left is RecordNode or VariantNode or LabelsNode or ResourceNode && !hints.ContainsKey(left))
        {
            hints[left] = name;
        }

        var next = depth + 1;
        switch (left, right)
        {
            case (FuncNode x, FuncNode y):
                for (var i = 0; i < Math.Min(x.Parameters.Count, y.Parameters.Count); i++)
                {
                    Walk(x.Parameters[i].Type, y.Parameters[i].Type, hints, visited, next);
                }

                Pair(x.Result, y.Result, hints, visited, next);
                break;
            case (RecordNode x, RecordNode y):
                for (var i = 0; i < Math.Min(x.Fields.Count, y.Fields.Count); i++)
                {
                    Walk(x.Fields[i].Type, y.Fields[i].Type, hints, visited, next);
                }

                break;
            case (VariantNode x, VariantNode y):
                for (var i = 0; i < Math.Min(x.Cases.Count, y.Cases.Count); i++)
                {
                    Pair(x.Cases[i].Type, y.Cases[i].Type, hints, visited, next);
                }

                break;
            case (ListNode x, ListNode y):
                Walk(x.Element, y.Element, hints, visited, next);
                break;
            case (TupleNode x, TupleNode y):
                for (var i = 0; i < Math.Min(x.Items.Count, y.Items.Count); i++)
                {
                    Walk(x.Items[i], y.Items[i], hints, visited, next);
                }

                break;
            case (WrapperNode x, WrapperNode y):
                Pair(x.Element, y.Element, hints, visited, next);
                break;
            case (ResultNode x, ResultNode y):
                Pair(x.Ok, y.Ok, hints, visited, next);
                Pair(x.Error, y.Error, hints, visited, next);
                break;
            case (MapNode x, MapNode y):
                Walk(x.Key, y.Key, hints, visited, next);
                Walk(x.Value, y.Value, hints, visited, next);
                break;
            case (HandleNode x, HandleNode y):
                Walk(x.Resource, y.Resource, hints, visited, next);
                break;
        }
    }

    private static void Pair(TypeNode? a, TypeNode? b, Dictionary<TypeNode, string> hints, HashSet<(TypeNode, TypeNode)> visited, int depth)
    {
        if (a is not null && b is not null)
        {
            Walk(a, b, hints, visited, depth);
        }
    }
}
