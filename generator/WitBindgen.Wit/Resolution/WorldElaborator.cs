using System.Runtime.CompilerServices;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Completes a world's imports and exports as wit-parser's <c>elaborate_world</c> does: every interface
/// an item needs through <c>use</c> is imported before it, items are ordered interfaces, then types,
/// then functions, and exports whose dependencies would be both imported and exported are rejected.
/// </summary>
internal static class WorldElaborator
{
    public static void Elaborate(ResolveState state, WorldId id, SourceLocation location)
    {
        var world = state.Worlds[id.Index];
        var imports = new OrderedMap<WorldKey, WorldItem>(world.Imports.Count);

        var ordered = new OrderedMap<WorldKey, WorldItem>(world.Imports.Count);
        for (var i = 0; i < world.Imports.Count; i++)
        {
            ordered.Set(world.Imports.KeyAt(i), world.Imports.ValueAt(i));
        }

        ordered.StableSortBy((_, item) => SortKey(state, item));
        for (var i = 0; i < ordered.Count; i++)
        {
            var key = ordered.KeyAt(i);
            switch (ordered.ValueAt(i))
            {
                case WorldInterfaceItem iface:
                    AddImport(state, imports, key, iface.Interface, iface.Stability, 0);
                    break;
                case WorldTypeItem type:
                    if (state.TypeInterfaceDep(type.Type) is { } dep)
                    {
                        AddImport(state, imports, WorldKey.Of(dep), dep, state.Types[type.Type.Index].Stability, 0);
                    }

                    imports.Set(key, type);
                    break;
                case var item:
                    imports.Set(key, item);
                    break;
            }
        }

        var exports = new OrderedMap<WorldKey, WorldItem>(world.Exports.Count);
        var exportInterfaces = new OrderedMap<InterfaceId, (WorldKey Key, Stability Stability)>();
        for (var i = 0; i < world.Exports.Count; i++)
        {
            var key = world.Exports.KeyAt(i);
            switch (world.Exports.ValueAt(i))
            {
                case WorldInterfaceItem iface:
                    exportInterfaces.Set(iface.Interface, (key, iface.Stability));
                    break;
                case var item:
                    exports.Set(key, item);
                    break;
            }
        }

        var requiredImports = new HashSet<InterfaceId>();
        for (var i = 0; i < exportInterfaces.Count; i++)
        {
            var (key, stability) = exportInterfaces.ValueAt(i);
            if (!AddExport(state, imports, exports, exportInterfaces, requiredImports, exportInterfaces.KeyAt(i), key, true, stability, 0))
            {
                throw ResolutionError.At(WitDiagnostics.InvalidTransitiveDependency, location, state.NameWorldKey(key));
            }
        }

        imports.StableSortBy((_, item) => SortKey(state, item));
        world.Imports = imports;
        world.Exports = exports;
    }

    // Interfaces, then types used from interfaces, then other types, then functions, then resource functions.
    private static int SortKey(ResolveState state, WorldItem item)
    {
        switch (item)
        {
            case WorldInterfaceItem:
                return 0;
            case WorldTypeItem t:
                var type = state.Types[t.Type.Index];
                return type.Kind is AliasKind { Target: { IsPrimitive: false } target } && state.Types[target.Id.Index].Owner != type.Owner ? 1 : 2;
            case WorldFunctionItem f:
                return f.Function.Resource is null ? 3 : 4;
            default:
                return 5;
        }
    }

    private static void AddImport(ResolveState state, OrderedMap<WorldKey, WorldItem> imports, WorldKey key, InterfaceId id, Stability stability, int depth)
    {
        if (imports.ContainsKey(key))
        {
            return;
        }

        GuardDepth(state, depth);
        foreach (var dep in state.InterfaceDirectDeps(id))
        {
            AddImport(state, imports, WorldKey.Of(dep), dep, stability, depth + 1);
        }

        imports.Set(key, new WorldInterfaceItem(id, stability));
    }

    private static bool AddExport(
        ResolveState state,
        OrderedMap<WorldKey, WorldItem> imports,
        OrderedMap<WorldKey, WorldItem> exports,
        OrderedMap<InterfaceId, (WorldKey Key, Stability Stability)> exportInterfaces,
        HashSet<InterfaceId> requiredImports,
        InterfaceId id,
        WorldKey key,
        bool addExport,
        Stability stability,
        int depth)
    {
        if (exports.ContainsKey(key))
        {
            return addExport;
        }

        if (!addExport && requiredImports.Contains(id))
        {
            return true;
        }

        GuardDepth(state, depth);
        foreach (var dep in state.InterfaceDirectDeps(id))
        {
            var depExport = addExport && exportInterfaces.ContainsKey(dep);
            if (!AddExport(state, imports, exports, exportInterfaces, requiredImports, dep, WorldKey.Of(dep), depExport, stability, depth + 1))
            {
                return false;
            }
        }

        var item = new WorldInterfaceItem(id, stability);
        if (addExport)
        {
            if (requiredImports.Contains(id))
            {
                return false;
            }

            exports.Set(key, item);
        }
        else
        {
            requiredImports.Add(id);
            imports.Set(key, item);
        }

        return true;
    }

    private static void GuardDepth(ResolveState state, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (depth > state.Interfaces.Count + 1)
        {
            throw new InvalidOperationException("interface dependencies form a cycle");
        }
    }
}
