using WitBindgen.Wit.Abi;

namespace WitBindgen.Wit.Model;

/// <summary>
/// A fully resolved set of WIT packages: arenas of packages, interfaces, worlds and types that refer
/// to each other by index, plus the Canonical ABI layout of every type. Immutable and value-equatable.
/// </summary>
/// <param name="Packages">Every package, dependencies before the packages that use them.</param>
/// <param name="Interfaces">Every interface, named and anonymous.</param>
/// <param name="Worlds">Every world.</param>
/// <param name="Types">Every type definition, named and anonymous.</param>
/// <param name="Layouts">The Canonical ABI layout of each type, parallel to <see cref="Types"/>.</param>
/// <param name="RootPackages">The packages the user asked for (not pulled in from <c>deps/</c>).</param>
public sealed record WitModel(
    EquatableArray<Package> Packages,
    EquatableArray<Interface> Interfaces,
    EquatableArray<World> Worlds,
    EquatableArray<TypeDef> Types,
    EquatableArray<TypeLayout> Layouts,
    EquatableArray<PackageId> RootPackages)
{
    /// <summary>The package with the given id.</summary>
    public Package this[PackageId id] => Packages[id.Index];

    /// <summary>The interface with the given id.</summary>
    public Interface this[InterfaceId id] => Interfaces[id.Index];

    /// <summary>The world with the given id.</summary>
    public World this[WorldId id] => Worlds[id.Index];

    /// <summary>The type with the given id.</summary>
    public TypeDef this[TypeId id] => Types[id.Index];

    /// <summary>The Canonical ABI layout of a type.</summary>
    public TypeLayout GetLayout(WitType type) => type.Primitive is { } p ? TypeLayout.OfPrimitive(p) : Layouts[type.Id.Index];

    /// <summary>Follows aliases (<c>type a = b</c>) to the type they name.</summary>
    public WitType Unalias(WitType type)
    {
        var guard = 0;
        while (type.Primitive is null && Types[type.Id.Index].Kind is AliasKind alias && guard++ < Types.Count)
        {
            type = alias.Target;
        }

        return type;
    }

    /// <summary>The qualified name of an interface: <c>ns:pkg/name@version</c>, or null for an anonymous one.</summary>
    public string? QualifiedName(InterfaceId id)
    {
        var iface = Interfaces[id.Index];
        if (iface.Name is null || iface.Package is not { } pkg)
        {
            return null;
        }

        var name = Packages[pkg.Index].Name;
        return name.Version is null ? $"{name.NameWithoutVersion}/{iface.Name}" : $"{name.NameWithoutVersion}/{iface.Name}@{name.Version}";
    }

    /// <summary>Finds a world by plain name in the root packages, or by <c>ns:pkg/world</c>.</summary>
    public WorldId? FindWorld(string name)
    {
        for (var i = 0; i < Worlds.Count; i++)
        {
            var world = Worlds[i];
            var pkg = Packages[world.Package.Index].Name;
            var isRoot = RootPackages.Contains(world.Package);
            if ((isRoot && world.Name == name) || $"{pkg.NameWithoutVersion}/{world.Name}" == name || $"{pkg}/{world.Name}" == name)
            {
                return new WorldId(i);
            }
        }

        return null;
    }
}
