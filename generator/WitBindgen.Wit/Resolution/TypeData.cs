using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

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
