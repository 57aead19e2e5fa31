using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

// Mutable counterparts of the model's records, used while packages are resolved and appended.
// Ids are indices into the arena being built (a package's own arenas, or the final ones).

/// <summary>A type from another package, named by <c>use</c>, before that package is looked at.</summary>
internal sealed record UnknownKind : TypeDefKind
{
    public static UnknownKind Instance { get; } = new();
}

/// <summary>A type definition under construction.</summary>
internal sealed class TypeData
{
    public TypeData(string? name, TypeDefKind kind, TypeOwner owner, string? docs, Stability stability, SourceLocation? location)
    {
        Name = name;
        Kind = kind;
        Owner = owner;
        Docs = docs;
        Stability = stability;
        Location = location;
    }

    public string? Name { get; set; }

    public TypeDefKind Kind { get; set; }

    public TypeOwner Owner { get; set; }

    public string? Docs { get; }

    public Stability Stability { get; }

    public SourceLocation? Location { get; }

    public TypeData Clone() => new(Name, Kind, Owner, Docs, Stability, Location);

    public TypeDef ToModel() => new(Name, Kind, Owner, Docs, Stability, Location);
}

/// <summary>An interface under construction.</summary>
internal sealed class InterfaceData
{
    public InterfaceData(SourceLocation? location)
    {
        Location = location;
    }

    public string? Name { get; set; }

    public OrderedMap<string, TypeId> Types { get; set; } = new();

    public OrderedMap<string, Function> Functions { get; set; } = new();

    public string? Docs { get; set; }

    public Stability Stability { get; set; } = Stability.Unknown;

    public PackageId? Package { get; set; }

    public SourceLocation? Location { get; }

    public InterfaceData Clone()
    {
        var copy = new InterfaceData(Location) { Name = Name, Docs = Docs, Stability = Stability, Package = Package };
        for (var i = 0; i < Types.Count; i++)
        {
            copy.Types.Set(Types.KeyAt(i), Types.ValueAt(i));
        }

        for (var i = 0; i < Functions.Count; i++)
        {
            copy.Functions.Set(Functions.KeyAt(i), Functions.ValueAt(i));
        }

        return copy;
    }

    public Interface ToModel()
    {
        var types = new NamedType[Types.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = new NamedType(Types.KeyAt(i), Types.ValueAt(i));
        }

        var functions = new Function[Functions.Count];
        for (var i = 0; i < functions.Length; i++)
        {
            functions[i] = Functions.ValueAt(i);
        }

        return new Interface(Name, types, functions, Docs, Stability, Package, Location);
    }
}

/// <summary>One <c>include</c> of a world, before it is flattened.</summary>
internal sealed record IncludeData(Stability Stability, WorldId World, List<(string Name, string As)> Names, SourceLocation Location);

/// <summary>A world under construction.</summary>
internal sealed class WorldData
{
    public WorldData(SourceLocation? location)
    {
        Location = location;
    }

    public string Name { get; set; } = string.Empty;

    public OrderedMap<WorldKey, WorldItem> Imports { get; set; } = new();

    public OrderedMap<WorldKey, WorldItem> Exports { get; set; } = new();

    public PackageId? Package { get; set; }

    public string? Docs { get; set; }

    public Stability Stability { get; set; } = Stability.Unknown;

    public SourceLocation? Location { get; }

    public List<IncludeData> Includes { get; } = new();

    public World ToModel() =>
        new(Name, ToEntries(Imports), ToEntries(Exports), Package ?? default, Docs, Stability, Location);

    private static EquatableArray<WorldEntry> ToEntries(OrderedMap<WorldKey, WorldItem> items)
    {
        var entries = new WorldEntry[items.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new WorldEntry(items.KeyAt(i), items.ValueAt(i));
        }

        return entries;
    }
}

/// <summary>A package in the final arenas.</summary>
internal sealed class PackageData
{
    public PackageData(PackageName name, string? docs)
    {
        Name = name;
        Docs = docs;
    }

    public PackageName Name { get; }

    public string? Docs { get; }

    public OrderedMap<string, InterfaceId> Interfaces { get; } = new();

    public OrderedMap<string, WorldId> Worlds { get; } = new();

    public Package ToModel()
    {
        var interfaces = new NamedInterface[Interfaces.Count];
        for (var i = 0; i < interfaces.Length; i++)
        {
            interfaces[i] = new NamedInterface(Interfaces.KeyAt(i), Interfaces.ValueAt(i));
        }

        var worlds = new NamedWorld[Worlds.Count];
        for (var i = 0; i < worlds.Length; i++)
        {
            worlds[i] = new NamedWorld(Worlds.KeyAt(i), Worlds.ValueAt(i));
        }

        return new Package(Name, Docs, interfaces, worlds);
    }
}
