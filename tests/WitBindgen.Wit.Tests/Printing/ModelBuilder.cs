using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Printing;

/// <summary>Builds small resolved models by hand, the way the resolver lays out its arenas.</summary>
internal sealed class ModelBuilder
{
    private readonly List<Package> _packages = new();
    private readonly List<Interface> _interfaces = new();
    private readonly List<World> _worlds = new();
    private readonly List<TypeDef> _types = new();

    public static SemVer Version(string text) => SemVer.TryParse(text) ?? throw new ArgumentException(text);

    public static Stability Since(string version) => new(StabilityKind.Stable, Version(version), null, null);

    public static Stability Unstable(string feature) => new(StabilityKind.Unstable, null, feature, null);

    public static WitType P(PrimitiveKind kind) => WitType.Of(kind);

    public PackageId AddPackage(string ns, string name, string? version = null, string? docs = null)
    {
        _packages.Add(new Package(new PackageName(ns, name, version is null ? null : Version(version)), docs, EquatableArray<NamedInterface>.Empty, EquatableArray<NamedWorld>.Empty));
        return new PackageId(_packages.Count - 1);
    }

    public InterfaceId AddInterface(PackageId? package, string? name, string? docs = null, Stability? stability = null)
    {
        _interfaces.Add(new Interface(name, EquatableArray<NamedType>.Empty, EquatableArray<Function>.Empty, docs, stability ?? Stability.Unknown, package, null));
        var id = new InterfaceId(_interfaces.Count - 1);
        if (package is { } p && name is not null)
        {
            var pkg = _packages[p.Index];
            _packages[p.Index] = pkg with { Interfaces = pkg.Interfaces.Append(new NamedInterface(name, id)).ToArray() };
        }

        return id;
    }

    public WorldId AddWorld(PackageId package, string name, string? docs = null, Stability? stability = null)
    {
        _worlds.Add(new World(name, EquatableArray<WorldEntry>.Empty, EquatableArray<WorldEntry>.Empty, package, docs, stability ?? Stability.Unknown, null));
        var id = new WorldId(_worlds.Count - 1);
        var pkg = _packages[package.Index];
        _packages[package.Index] = pkg with { Worlds = pkg.Worlds.Append(new NamedWorld(name, id)).ToArray() };
        return id;
    }

    /// <summary>Adds an anonymous type.</summary>
    public WitType Anon(TypeDefKind kind)
    {
        _types.Add(new TypeDef(null, kind, TypeOwner.None, null, Stability.Unknown, null));
        return WitType.Of(new TypeId(_types.Count - 1));
    }

    /// <summary>Adds a named type to an interface.</summary>
    public WitType Define(InterfaceId owner, string name, TypeDefKind kind, string? docs = null, Stability? stability = null)
    {
        _types.Add(new TypeDef(name, kind, TypeOwner.Of(owner), docs, stability ?? Stability.Unknown, null));
        var type = WitType.Of(new TypeId(_types.Count - 1));
        var iface = _interfaces[owner.Index];
        _interfaces[owner.Index] = iface with { Types = iface.Types.Append(new NamedType(name, type.Id)).ToArray() };
        return type;
    }

    /// <summary>Adds a named type to a world (as an import).</summary>
    public WitType Define(WorldId owner, string name, TypeDefKind kind, string? docs = null)
    {
        _types.Add(new TypeDef(name, kind, TypeOwner.Of(owner), docs, Stability.Unknown, null));
        var type = WitType.Of(new TypeId(_types.Count - 1));
        Import(owner, new WorldEntry(WorldKey.Of(name), new WorldTypeItem(type.Id)));
        return type;
    }

    public void AddFunction(InterfaceId owner, Function function)
    {
        var iface = _interfaces[owner.Index];
        _interfaces[owner.Index] = iface with { Functions = iface.Functions.Append(function).ToArray() };
    }

    public void Import(WorldId world, WorldEntry entry)
    {
        var w = _worlds[world.Index];
        _worlds[world.Index] = w with { Imports = w.Imports.Append(entry).ToArray() };
    }

    public void Export(WorldId world, WorldEntry entry)
    {
        var w = _worlds[world.Index];
        _worlds[world.Index] = w with { Exports = w.Exports.Append(entry).ToArray() };
    }

    public static Function Func(string name, WitType? result = null, params (string Name, WitType Type)[] parameters) =>
        Func(name, FunctionKind.Freestanding, null, result, parameters);

    public static Function Func(string name, FunctionKind kind, TypeId? resource, WitType? result, params (string Name, WitType Type)[] parameters) =>
        new(name, kind, resource, parameters.Select(p => new Param(p.Name, p.Type)).ToArray(), result, null, Stability.Unknown, null);

    public WitModel Build()
    {
        var types = _types.ToArray();
        return new WitModel(_packages.ToArray(), _interfaces.ToArray(), _worlds.ToArray(), types, CanonicalAbi.ComputeLayouts(types), _packages.Select((_, i) => new PackageId(i)).ToArray());
    }
}
