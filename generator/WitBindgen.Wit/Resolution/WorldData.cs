using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

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
