using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Printing;

/// <summary>
/// The order packages are printed in: the canonical order a resolver gives them, so that printed text
/// re-resolves to packages in the same order. Packages are taken by name (namespace, name, then version with
/// unversioned first), and each comes after the packages its printed text refers to, visited in order of first mention.
/// </summary>
internal static class PackagePrintOrder
{
    /// <summary>The indices of <paramref name="packages"/> in print order.</summary>
    /// <param name="packages">The model's packages.</param>
    /// <param name="references">For each package, the other packages its text refers to, in order of first mention.</param>
    public static List<int> Compute(EquatableArray<Package> packages, IReadOnlyList<IReadOnlyList<PackageId>> references)
    {
        var byName = Enumerable.Range(0, packages.Count).ToList();
        byName.Sort((a, b) =>
        {
            var c = PackageOrder.Compare(packages[a].Name, packages[b].Name);
            return c != 0 ? c : a.CompareTo(b);
        });

        var order = new List<int>(packages.Count);
        var state = new byte[packages.Count];
        foreach (var start in byName)
        {
            Visit(start, references, state, order);
        }

        return order;
    }

    /// <summary>Depth-first, with an explicit stack: a package is emitted once all it refers to is emitted (cycles are cut).</summary>
    private static void Visit(int start, IReadOnlyList<IReadOnlyList<PackageId>> references, byte[] state, List<int> order)
    {
        const byte Visiting = 1;
        const byte Done = 2;
        if (state[start] != 0)
        {
            return;
        }

        var stack = new Stack<(int Package, int NextReference)>();
        stack.Push((start, 0));
        state[start] = Visiting;
        while (stack.Count > 0)
        {
            var (package, next) = stack.Pop();
            var deps = package < references.Count ? references[package] : Array.Empty<PackageId>();
            if (next < deps.Count)
            {
                stack.Push((package, next + 1));
                var dep = deps[next].Index;
                if (dep >= 0 && dep < state.Length && state[dep] == 0)
                {
                    state[dep] = Visiting;
                    stack.Push((dep, 0));
                }

                continue;
            }

            state[package] = Done;
            order.Add(package);
        }
    }
}
