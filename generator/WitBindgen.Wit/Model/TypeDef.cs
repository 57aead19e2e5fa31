namespace WitBindgen.Wit.Model;

/// <summary>What owns a type definition.</summary>
public enum TypeOwnerKind
{
    /// <summary>An anonymous type such as <c>list&lt;u8&gt;</c>.</summary>
    None,

    /// <summary>An interface.</summary>
    Interface,

    /// <summary>A world.</summary>
    World,
}

/// <summary>The owner of a type definition.</summary>
/// <param name="Kind">Interface, world or none.</param>
/// <param name="Index">The interface's or world's index.</param>
public readonly record struct TypeOwner(TypeOwnerKind Kind, int Index)
{
    /// <summary>No owner.</summary>
    public static TypeOwner None => default;

    /// <summary>Owned by an interface.</summary>
    public static TypeOwner Of(InterfaceId id) => new(TypeOwnerKind.Interface, id.Index);

    /// <summary>Owned by a world.</summary>
    public static TypeOwner Of(WorldId id) => new(TypeOwnerKind.World, id.Index);
}

/// <summary>A type definition: named (<c>record point { … }</c>) or anonymous (<c>list&lt;u8&gt;</c>).</summary>
/// <param name="Name">The name, or null for an anonymous type.</param>
/// <param name="Kind">What the type is.</param>
/// <param name="Owner">Where it was defined.</param>
/// <param name="Docs">Doc comments, or null.</param>
/// <param name="Stability">Its gates.</param>
/// <param name="Location">Where it is defined, for diagnostics; null for anonymous types.</param>
public sealed record TypeDef(string? Name, TypeDefKind Kind, TypeOwner Owner, string? Docs, Stability Stability, SourceLocation? Location);
