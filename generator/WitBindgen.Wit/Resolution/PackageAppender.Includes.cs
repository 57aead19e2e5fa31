using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

// `include` flattening.
internal sealed partial class PackageAppender
{
    private void ProcessIncludes(WorldId id)
    {
        var world = _state.Worlds[id.Index];
        var includes = world.Includes.ToArray();
        world.Includes.Clear();
        foreach (var include in includes)
        {
            if (_state.IncludeStability(include.Stability, _package, include.Location))
            {
                Include(id, include);
            }
        }

        ValidateCaseInsensitiveNames(world.Imports, "import", world);
        ValidateCaseInsensitiveNames(world.Exports, "export", world);
    }

    private void Include(WorldId id, IncludeData include)
    {
        var world = _state.Worlds[id.Index];
        var includedId = MapWorld(include.World, include.Location);
        var included = _state.Worlds[includedId.Index];

        var unmatched = new List<(string Name, string As)>(include.Names);
        RemoveMatchingNames(included.Imports, unmatched);
        RemoveMatchingNames(included.Exports, unmatched);
        if (unmatched.Count > 0)
        {
            throw ResolutionError.At(WitDiagnostics.IncludeNameNotFound, include.Location, unmatched[0].Name);
        }

        var isExternal = world.Package != included.Package;
        var cloner = new TypeCloner(_state, TypeOwner.Of(includedId), TypeOwner.Of(id), _package);
        var imports = Snapshot(included.Imports);
        var exports = Snapshot(included.Exports);
        foreach (var (key, item) in imports)
        {
            IncludeItem(cloner, include, world.Imports, key, item, "import", isExternal);
        }

        foreach (var (key, item) in exports)
        {
            IncludeItem(cloner, include, world.Exports, key, item, "export", isExternal);
        }
    }

    private static List<(WorldKey, WorldItem)> Snapshot(OrderedMap<WorldKey, WorldItem> items)
    {
        var list = new List<(WorldKey, WorldItem)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add((items.KeyAt(i), items.ValueAt(i)));
        }

        return list;
    }

    private void IncludeItem(TypeCloner cloner, IncludeData include, OrderedMap<WorldKey, WorldItem> destination, WorldKey key, WorldItem item, string direction, bool isExternal)
    {
        if (key.Name is { } name)
        {
            var newName = name;
            foreach (var rename in include.Names)
            {
                if (Rename(name, rename) is { } renamed)
                {
                    newName = renamed;
                    break;
                }
            }

            var copy = cloner.WorldItem(item);
            switch (copy)
            {
                case WorldFunctionItem f:
                    copy = new WorldFunctionItem(f.Function with { Name = newName });
                    break;
                case WorldTypeItem t:
                    _state.Types[t.Type.Index].Name = newName;
                    break;
            }

            if (destination.Set(WorldKey.Of(newName), copy))
            {
                throw ResolutionError.At(WitDiagnostics.WorldNameConflict, include.Location, $"{direction} of `{newName}` shadows previously {direction}ed items");
            }

            return;
        }

        // Version gates of another package say nothing about this one, so an external include drops them.
        if (item is WorldInterfaceItem { Stability.Kind: StabilityKind.Stable } stable && isExternal)
        {
            item = stable with { Stability = Stability.Unknown };
        }

        if (!destination.TryGetValue(key, out var existing))
        {
            destination.Set(key, item);
            return;
        }

        if (item is WorldInterfaceItem from && existing is WorldInterfaceItem into && from.Stability != into.Stability)
        {
            destination.Set(key, into with { Stability = MergeIncludeStability(from.Stability, into.Stability, include.Location) });
        }
    }

    private static Stability MergeIncludeStability(Stability from, Stability into, SourceLocation location)
    {
        if (from.Kind == StabilityKind.Unknown)
        {
            return into;
        }

        if (into.Kind == StabilityKind.Unknown)
        {
            return from;
        }

        throw ResolutionError.At(WitDiagnostics.InvalidFeatureGate, location, $"mismatch in stability from '{Describe(from)}' to '{Describe(into)}'. Give the interface the same gate everywhere the world gets it from");
    }

    private static string Describe(Stability s) => s.Kind switch
    {
        StabilityKind.Stable => $"@since(version = {s.Since})",
        StabilityKind.Unstable => $"@unstable(feature = {s.Feature})",
        _ => "no gate",
    };

    private static void RemoveMatchingNames(OrderedMap<WorldKey, WorldItem> items, List<(string Name, string As)> names)
    {
        for (var i = 0; i < items.Count && names.Count > 0; i++)
        {
            if (items.KeyAt(i).Name is { } name)
            {
                names.RemoveAll(n => Rename(name, n) is not null);
            }
        }
    }

    /// <summary>The new name of an item under an <c>include … with</c> rename, also for <c>[method]r.f</c>-style names.</summary>
    private static string? Rename(string original, (string Name, string As) rename)
    {
        if (original == rename.Name)
        {
            return rename.As;
        }

        var close = original.IndexOf(']');
        if (close < 0)
        {
            return null;
        }

        var kind = original.Substring(0, close);
        var rest = original.Substring(close + 1);
        var dot = rest.IndexOf('.');
        if (dot >= 0 && rest.Substring(0, dot) == rename.Name)
        {
            return $"{kind}]{rename.As}.{rest.Substring(dot + 1)}";
        }

        return rest == rename.Name ? $"{kind}]{rename.As}" : null;
    }

    private static void ValidateCaseInsensitiveNames(OrderedMap<WorldKey, WorldItem> items, string direction, WorldData world)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items.KeyAt(i).Name is not { } name)
            {
                continue;
            }

            var lower = name.ToLowerInvariant();
            if (seen.TryGetValue(lower, out var existing) && existing != name)
            {
                throw ResolutionError.At(WitDiagnostics.WorldNameConflict, world.Location, $"{direction} `{name}` in world `{world.Name}` conflicts with {direction} `{existing}` (kebab-case identifiers are case-insensitive)");
            }

            seen[lower] = name;
        }
    }
}
