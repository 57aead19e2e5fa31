using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>An interface or a world of the package being resolved, by its id there.</summary>
internal readonly record struct AstItem(bool IsWorld, int Id)
{
    public static AstItem Interface(int id) => new(false, id);

    public static AstItem World(int id) => new(true, id);
}

/// <summary>An interface or world named in another package, and the gates of each reference to it.</summary>
internal sealed class ForeignDep
{
    public ForeignDep(AstItem item)
    {
        Item = item;
    }

    public AstItem Item { get; }

    public List<Stability> Stabilities { get; } = new();
}

/// <summary>Where an interface and each of its functions are declared.</summary>
internal sealed class InterfaceSpans
{
    public InterfaceSpans(SourceLocation location)
    {
        Location = location;
    }

    public SourceLocation Location { get; }

    public List<SourceLocation> Functions { get; } = new();
}

/// <summary>Where a world and each of its imports, exports and includes are declared.</summary>
internal sealed class WorldSpans
{
    public WorldSpans(SourceLocation location)
    {
        Location = location;
    }

    public SourceLocation Location { get; }

    public List<SourceLocation> Imports { get; set; } = new();

    public List<SourceLocation> Exports { get; set; } = new();
}

/// <summary>
/// One package resolved on its own: its arenas use local ids, and references into other packages
/// are placeholders (listed first in each arena) that <see cref="PackageAppender"/> connects.
/// </summary>
internal sealed class UnresolvedPackage
{
    public UnresolvedPackage(PackageSource source)
    {
        Source = source;
    }

    public PackageSource Source { get; }

    public PackageName Name => Source.Name;

    public List<TypeData> Types { get; } = new();

    public List<SourceLocation> TypeSpans { get; } = new();

    public List<InterfaceData> Interfaces { get; } = new();

    public List<InterfaceSpans> InterfaceSpans { get; } = new();

    public List<WorldData> Worlds { get; } = new();

    public List<WorldSpans> WorldSpans { get; } = new();

    /// <summary>Per package name, the interfaces and worlds named in it, in order of first mention.</summary>
    public OrderedMap<PackageName, OrderedMap<string, ForeignDep>> ForeignDeps { get; } = new();

    /// <summary>Where each entry of <see cref="ForeignDeps"/> was first mentioned.</summary>
    public List<SourceLocation> ForeignDepSpans { get; } = new();

    /// <summary>Where each field of a record type is declared, by type id, for messages about a field's type.</summary>
    public Dictionary<int, SourceLocation[]> FieldSpans { get; } = new();

    /// <summary>Types named in a handle whose definition lives in another package: they must be resources.</summary>
    public List<(TypeId Type, SourceLocation Location)> RequiredResourceTypes { get; } = new();
}
