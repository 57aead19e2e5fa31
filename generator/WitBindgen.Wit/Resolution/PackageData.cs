using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

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
