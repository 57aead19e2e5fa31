using System.Runtime.CompilerServices;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Limits how deep a type nests through the types it refers to (aliases, options, lists, records, …): each step is
/// one level for every later walk over the type (Canonical ABI layout, C# mapping, lifting and lowering), so a chain of
/// ten thousand aliases must be refused here, at its source, rather than fail deep inside code generation.
/// </summary>
internal static class TypeDepth
{
    /// <summary>
    /// Checks every type of <paramref name="state"/>: the first named type deeper than <paramref name="max"/> is an
    /// error at its name; an unnamed one (written in a function's signature) is an error at the function.
    /// </summary>
    /// <exception cref="ResolutionError">A type nests deeper than <paramref name="max"/> levels.</exception>
    public static void Check(ResolveState state, int max)
    {
        var depths = new int[state.Types.Count];
        for (var i = 0; i < depths.Length; i++)
        {
            var depth = Of(state, depths, i);
            if (depth > max && state.Types[i].Location is { } location)
            {
                throw ResolutionError.At(WitDiagnostics.TypeTooDeep, location, $"type `{state.Types[i].Name}`", max);
            }
        }

        foreach (var function in Functions(state))
        {
            var types = function.Params.Select(p => p.Type).Concat(function.Result is { } result ? new[] { result } : Array.Empty<WitType>());
            if (types.Any(t => !t.IsPrimitive && depths[t.Id.Index] > max))
            {
                throw ResolutionError.At(WitDiagnostics.TypeTooDeep, function.Location, $"a type in the signature of `{function.Name}`", max);
            }
        }
    }

    private static IEnumerable<Function> Functions(ResolveState state)
    {
        foreach (var face in state.Interfaces)
        {
            for (var i = 0; i < face.Functions.Count; i++)
            {
                yield return face.Functions.ValueAt(i);
            }
        }

        foreach (var world in state.Worlds)
        {
            foreach (var items in new[] { world.Imports, world.Exports })
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items.ValueAt(i) is WorldFunctionItem item)
                    {
                        yield return item.Function;
                    }
                }
            }
        }
    }

    // Types refer only to types defined before them, so the recursion is shallow: each child is already measured.
    private static int Of(ResolveState state, int[] depths, int index)
    {
        if (depths[index] != 0)
        {
            return depths[index];
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        depths[index] = 1; // a reference back to a type under measurement counts as a leaf, never as a loop
        var deepest = 0;
        var kind = state.Types[index].Kind;
        // A handle is a leaf: it names a resource, it does not nest its structure.
        foreach (var child in kind is HandleKind ? Enumerable.Empty<WitType>() : TypeReferences.Children(kind))
        {
            if (!child.IsPrimitive)
            {
                deepest = Math.Max(deepest, Of(state, depths, child.Id.Index));
            }
        }

        return depths[index] = deepest + 1;
    }
}
