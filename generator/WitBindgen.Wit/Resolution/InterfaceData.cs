using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

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
