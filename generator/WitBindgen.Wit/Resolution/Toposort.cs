using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Resolution;

/// <summary>A reference from one item to another by name, with where the reference is written.</summary>
/// <remarks>The line and column are computed only when a message needs them.</remarks>
internal readonly record struct NameRef(string Name, SourceFile File, TextSpan Span)
{
    public SourceLocation Location => File.GetLocation(Span);
}

/// <summary>
/// Orders named items so each comes after the items it depends on; among the items that are ready,
/// the one declared first goes first (the order wit-parser uses).
/// </summary>
internal static class Toposort
{
    /// <summary>Sorts <paramref name="deps"/>; reports a missing name or a cycle as wit-parser does.</summary>
    /// <param name="kind">What the items are, for messages (<c>type</c>, <c>interface or world</c>).</param>
    /// <param name="deps">Each item with the names it depends on, in declaration order.</param>
    /// <param name="missingHint">Extra text for a missing name, or null.</param>
    public static List<string> Sort(string kind, OrderedMap<string, List<NameRef>> deps, Func<string, string>? missingHint = null)
    {
        var n = deps.Count;
        var remaining = new int[n];
        var reverse = new List<int>?[n];
        for (var i = 0; i < n; i++)
        {
            var edges = deps.ValueAt(i);
            remaining[i] = edges.Count;
            foreach (var edge in edges)
            {
                var j = deps.IndexOf(edge.Name);
                if (j < 0)
                {
                    throw ResolutionError.At(WitDiagnostics.NameNotFound, edge.Location, kind, edge.Name, missingHint?.Invoke(edge.Name) ?? string.Empty);
                }

                (reverse[j] ??= new List<int>()).Add(i);
            }
        }

        // The earliest declared ready item goes next.
        var ready = new MinHeap(n);
        for (var i = 0; i < n; i++)
        {
            if (remaining[i] == 0)
            {
                ready.Push(i);
            }
        }

        var order = new List<string>(n);
        while (ready.Count > 0)
        {
            var i = ready.Pop();
            order.Add(deps.KeyAt(i));
            if (reverse[i] is { } dependents)
            {
                foreach (var d in dependents)
                {
                    if (--remaining[d] == 0)
                    {
                        ready.Push(d);
                    }
                }

                reverse[i] = null;
            }
        }

        if (order.Count == n)
        {
            return order;
        }

        for (var i = 0; i < n; i++)
        {
            if (remaining[i] == 0)
            {
                continue;
            }

            foreach (var edge in deps.ValueAt(i))
            {
                if (remaining[deps.IndexOf(edge.Name)] != 0)
                {
                    throw ResolutionError.At(WitDiagnostics.DependencyCycle, edge.Location, kind, edge.Name);
                }
            }
        }

        throw new InvalidOperationException("cycle detection found no cycle");
    }

    /// <summary>A binary min-heap of item indices.</summary>
    private sealed class MinHeap
    {
        private readonly int[] _items;

        public MinHeap(int capacity) => _items = new int[Math.Max(capacity, 1)];

        public int Count { get; private set; }

        public void Push(int value)
        {
            var i = Count++;
            _items[i] = value;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (_items[parent] <= _items[i])
                {
                    break;
                }

                (_items[parent], _items[i]) = (_items[i], _items[parent]);
                i = parent;
            }
        }

        public int Pop()
        {
            var top = _items[0];
            _items[0] = _items[--Count];
            var i = 0;
            while (true)
            {
                var smallest = i;
                var left = (2 * i) + 1;
                var right = left + 1;
                if (left < Count && _items[left] < _items[smallest])
                {
                    smallest = left;
                }

                if (right < Count && _items[right] < _items[smallest])
                {
                    smallest = right;
                }

                if (smallest == i)
                {
                    return top;
                }

                (_items[smallest], _items[i]) = (_items[i], _items[smallest]);
                i = smallest;
            }
        }
    }
}
