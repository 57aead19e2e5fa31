using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// The functions, interfaces and types a world imports and exports, sorted by kind in one walk over its
/// imports then its exports, each list in world order.
/// </summary>
internal sealed class WorldItems
{
    private WorldItems(
        IReadOnlyList<Function> importedFunctions,
        IReadOnlyList<Function> exportedFunctions,
        IReadOnlyList<InterfaceId> importedInterfaces,
        IReadOnlyList<InterfaceId> exportedInterfaces,
        IReadOnlyList<TypeId> importedTypes,
        IReadOnlyList<TypeId> exportedTypes)
    {
        ImportedFunctions = importedFunctions;
        ExportedFunctions = exportedFunctions;
        ImportedInterfaces = importedInterfaces;
        ExportedInterfaces = exportedInterfaces;
        ImportedTypes = importedTypes;
        ExportedTypes = exportedTypes;
    }

    /// <summary>The world's own imported functions (freestanding and of world-level resources).</summary>
    public IReadOnlyList<Function> ImportedFunctions { get; }

    /// <summary>The world's own exported functions.</summary>
    public IReadOnlyList<Function> ExportedFunctions { get; }

    /// <summary>The interfaces the world imports.</summary>
    public IReadOnlyList<InterfaceId> ImportedInterfaces { get; }

    /// <summary>The interfaces the world exports.</summary>
    public IReadOnlyList<InterfaceId> ExportedInterfaces { get; }

    /// <summary>The type items among the imports: types the world defines or brings in by <c>use</c>.</summary>
    public IReadOnlyList<TypeId> ImportedTypes { get; }

    /// <summary>The type items among the exports.</summary>
    public IReadOnlyList<TypeId> ExportedTypes { get; }

    /// <summary>The imported then exported functions of the world.</summary>
    public IEnumerable<Function> Functions => ImportedFunctions.Concat(ExportedFunctions);

    /// <summary>The imported then exported type items of the world.</summary>
    public IEnumerable<TypeId> Types => ImportedTypes.Concat(ExportedTypes);

    /// <summary>Sorts the imports and exports of <paramref name="world"/> by kind.</summary>
    public static WorldItems From(World world)
    {
        var imported = Split(world.Imports);
        var exported = Split(world.Exports);
        return new WorldItems(
            imported.Functions, exported.Functions,
            imported.Interfaces, exported.Interfaces,
            imported.Types, exported.Types);
    }

    private static (List<Function> Functions, List<InterfaceId> Interfaces, List<TypeId> Types) Split(IEnumerable<WorldEntry> entries)
    {
        var functions = new List<Function>();
        var interfaces = new List<InterfaceId>();
        var types = new List<TypeId>();
        foreach (var entry in entries)
        {
            switch (entry.Item)
            {
                case WorldFunctionItem f:
                    functions.Add(f.Function);
                    break;
                case WorldInterfaceItem i:
                    interfaces.Add(i.Interface);
                    break;
                case WorldTypeItem t:
                    types.Add(t.Type);
                    break;
            }
        }

        return (functions, interfaces, types);
    }
}
