namespace WitBindgen.Wit.Model;

/// <summary>The key of a world's import or export: a plain name, or an interface imported by path.</summary>
public readonly record struct WorldKey(string? Name, InterfaceId? Interface)
{
    /// <summary>A plain name (functions, types, inline interfaces, named interface imports).</summary>
    public static WorldKey Of(string name) => new(name, null);

    /// <summary>An interface imported or exported by its path.</summary>
    public static WorldKey Of(InterfaceId id) => new(null, id);
}

/// <summary>What a world imports or exports.</summary>
public abstract record WorldItem;

/// <summary>An interface.</summary>
public sealed record WorldInterfaceItem(InterfaceId Interface, Stability Stability) : WorldItem;

/// <summary>A function.</summary>
public sealed record WorldFunctionItem(Function Function) : WorldItem;

/// <summary>A type (defined in the world or brought in by <c>use</c>).</summary>
public sealed record WorldTypeItem(TypeId Type) : WorldItem;

/// <summary>One import or export of a world.</summary>
public sealed record WorldEntry(WorldKey Key, WorldItem Item);

/// <summary>A world, elaborated: includes flattened, interfaces needed by <c>use</c> added as imports.</summary>
/// <param name="Name">The world's name.</param>
/// <param name="Imports">Imports in order.</param>
/// <param name="Exports">Exports in order.</param>
/// <param name="Package">The package it belongs to.</param>
/// <param name="Docs">Doc comments, or null.</param>
/// <param name="Stability">Its gates.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record World(
    string Name,
    EquatableArray<WorldEntry> Imports,
    EquatableArray<WorldEntry> Exports,
    PackageId Package,
    string? Docs,
    Stability Stability,
    SourceLocation? Location);
