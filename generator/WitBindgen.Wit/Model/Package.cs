namespace WitBindgen.Wit.Model;

/// <summary>An interface of a package, by name.</summary>
public readonly record struct NamedInterface(string Name, InterfaceId Id);

/// <summary>A world of a package, by name.</summary>
public readonly record struct NamedWorld(string Name, WorldId Id);

/// <summary>A resolved package.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Docs">Doc comments of the <c>package</c> declaration, or null.</param>
/// <param name="Interfaces">Named interfaces in declaration order.</param>
/// <param name="Worlds">Worlds in declaration order.</param>
public sealed record Package(PackageName Name, string? Docs, EquatableArray<NamedInterface> Interfaces, EquatableArray<NamedWorld> Worlds);
