using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>The final arenas, filled package by package (dependencies first), as wit-parser's <c>Resolve</c>.</summary>
internal sealed class ResolveState
{
    public ResolveState(IEnumerable<string> features)
    {
        Features = new HashSet<string>(features, StringComparer.Ordinal);
    }

    public HashSet<string> Features { get; }

    public List<TypeData> Types { get; } = new();

    public List<InterfaceData> Interfaces { get; } = new();

    public List<WorldData> Worlds { get; } = new();

    public List<PackageData> Packages { get; } = new();

    public OrderedMap<PackageName, PackageId> PackageNames { get; } = new();

    public List<PackageId> RootPackages { get; } = new();

    public TypeId AddType(TypeData type)
    {
        Types.Add(type);
        return new TypeId(Types.Count - 1);
    }

    /// <summary>
    /// Whether an item with this stability is kept: ungated and stable items are, unstable ones only when
    /// their feature is enabled. A <c>@since</c> version must not be newer than the package's own version.
    /// </summary>
    public bool IncludeStability(Stability stability, PackageId package, SourceLocation? location)
    {
        switch (stability.Kind)
        {
            case StabilityKind.Stable:
                var name = Packages[package.Index].Name;
                if (name.Version is not { } version)
                {
                    throw ResolutionError.At(WitDiagnostics.InvalidFeatureGate, location, $"package [{name}] contains a feature gate with a version specifier, so it must have a version. Add a version to the `package` header");
                }

                if (stability.Since is { } since && since.CompareTo(version) > 0)
                {
                    throw ResolutionError.At(WitDiagnostics.InvalidFeatureGate, location, $"feature gate cannot reference unreleased version {since} of package [{name}] (current version {version}). Use `@unstable(feature = …)` until the version is released");
                }

                return true;
            case StabilityKind.Unstable:
                return stability.Feature is { } feature && Features.Contains(feature);
            default:
                return true;
        }
    }

    /// <summary>For a type that is a <c>use</c> of another interface's type, that interface.</summary>
    public InterfaceId? TypeInterfaceDep(TypeId id)
    {
        var type = Types[id.Index];
        if (type.Kind is not AliasKind { Target: { IsPrimitive: false } target })
        {
            return null;
        }

        var other = Types[target.Id.Index];
        if (other.Owner == type.Owner || other.Owner.Kind != TypeOwnerKind.Interface)
        {
            return null;
        }

        return new InterfaceId(other.Owner.Index);
    }

    /// <summary>The interfaces an interface uses types from, in the order of its types (possibly repeated).</summary>
    public IEnumerable<InterfaceId> InterfaceDirectDeps(InterfaceId id)
    {
        var types = Interfaces[id.Index].Types;
        for (var i = 0; i < types.Count; i++)
        {
            if (TypeInterfaceDep(types.ValueAt(i)) is { } dep)
            {
                yield return dep;
            }
        }
    }

    /// <summary><c>ns:pkg/name@version</c> for an interface, or its plain name for a world key.</summary>
    public string NameWorldKey(WorldKey key)
    {
        if (key.Name is { } name)
        {
            return name;
        }

        var iface = Interfaces[key.Interface!.Value.Index];
        if (iface.Name is null || iface.Package is not { } pkg)
        {
            return "<unnamed>";
        }

        var p = Packages[pkg.Index].Name;
        return p.Version is null ? $"{p.NameWithoutVersion}/{iface.Name}" : $"{p.NameWithoutVersion}/{iface.Name}@{p.Version}";
    }

    /// <summary>Freezes the arenas into the model.</summary>
    public WitModel ToModel()
    {
        var types = new TypeDef[Types.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = Types[i].ToModel();
        }

        var interfaces = new Interface[Interfaces.Count];
        for (var i = 0; i < interfaces.Length; i++)
        {
            interfaces[i] = Interfaces[i].ToModel();
        }

        var worlds = new World[Worlds.Count];
        for (var i = 0; i < worlds.Length; i++)
        {
            worlds[i] = Worlds[i].ToModel();
        }

        var packages = new Package[Packages.Count];
        for (var i = 0; i < packages.Length; i++)
        {
            packages[i] = Packages[i].ToModel();
        }

        EquatableArray<TypeDef> typeArray = types;
        return new WitModel(packages, interfaces, worlds, typeArray, CanonicalAbi.ComputeLayouts(typeArray), RootPackages.ToEquatableArray());
    }
}
