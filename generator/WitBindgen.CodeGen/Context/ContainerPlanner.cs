using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// Decides which interfaces of a world get C# code and under which namespaces and type names.
/// </summary>
/// <remarks>
/// Interfaces come in world order (imports, then exports), then any interface whose types are reachable
/// but that the world does not list (defensive: an elaborated world normally lists them). An interface
/// both imported and exported is one container, so its types are declared once, unless it declares resources:
/// then <see cref="ExportedInterfaceCopies"/> has given the export side its own copy, in <c>Ns.Pkg.Exports.Iface</c>.
/// Namespaces: the <see cref="CodeGenOptions.Namespace"/> option, else <c>Ns.Pkg</c>; plus <c>.V1_2_0</c> when
/// two versions of one package are in the generated set; plus the interface name, or the world name with a
/// <c>World</c> suffix. Inline interfaces nest inside the world's namespace. Clashes get numeric suffixes.
/// Every container's role (imported, exported), reused types namespace (<see cref="TypeReuse"/>), declared types
/// and type names are decided here before it is constructed; a planned container never changes afterwards.
/// </remarks>
internal sealed class ContainerPlanner
{
    private readonly WitModel _model;
    private readonly World _world;
    private readonly WorldId _worldId;
    private readonly WorldItems _items;
    private readonly List<(InterfaceId Id, string? KeyName)> _order = new();
    private readonly Dictionary<InterfaceId, (bool Imported, bool Exported)> _directions = new();

    private ContainerPlanner(WitModel model, WorldId worldId, WorldItems items)
    {
        _model = model;
        _worldId = worldId;
        _items = items;
        _world = model[worldId];
    }

    /// <summary>Plans the containers of <paramref name="worldId"/>.</summary>
    /// <returns>The world container, then the interface containers in order, and the C# name of every declared type.</returns>
    public static (CSharpContainer World, IReadOnlyList<CSharpContainer> Interfaces, IReadOnlyDictionary<TypeId, (CSharpContainer Container, string Name)> TypeNames)
        Plan(WitModel model, WorldId worldId, WorldItems items, string? namespaceOption, IReadOnlyList<ReusedInterface> reuse)
    {
        var planner = new ContainerPlanner(model, worldId, items);
        planner.CollectInterfaces();
        return planner.Build(namespaceOption, reuse);
    }

    private void CollectInterfaces()
    {
        foreach (var (entries, exported) in new[] { (_world.Imports, false), (_world.Exports, true) })
        {
            foreach (var entry in entries)
            {
                if (entry.Item is WorldInterfaceItem item)
                {
                    Add(item.Interface, entry.Key.Name, exported);
                }
            }
        }

        // Interfaces whose types are used but that the world does not list.
        var visited = new HashSet<TypeId>();
        var pending = new Stack<WitType>(RootTypes().Reverse());
        var extra = new List<InterfaceId>();
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type.IsPrimitive || type.Id.Index < 0 || type.Id.Index >= _model.Types.Count || !visited.Add(type.Id))
            {
                continue;
            }

            var def = _model[type.Id];
            if (def.Owner.Kind == TypeOwnerKind.Interface && def.Name is not null && !_directions.ContainsKey(new InterfaceId(def.Owner.Index)))
            {
                Add(new InterfaceId(def.Owner.Index), keyName: null, exported: false);
            }

            foreach (var child in TypeReferences.Children(def.Kind))
            {
                pending.Push(child);
            }
        }
    }

    private IEnumerable<WitType> RootTypes()
    {
        foreach (var (id, _) in _order)
        {
            var iface = _model[id];
            foreach (var named in iface.Types)
            {
                yield return WitType.Of(named.Id);
            }

            foreach (var f in iface.Functions)
            {
                foreach (var t in TypeStructure.Signature(f))
                {
                    yield return t;
                }
            }
        }

        foreach (var entry in _world.Imports.Concat(_world.Exports))
        {
            switch (entry.Item)
            {
                case WorldTypeItem t:
                    yield return WitType.Of(t.Type);
                    break;
                case WorldFunctionItem f:
                    foreach (var t in TypeStructure.Signature(f.Function))
                    {
                        yield return t;
                    }

                    break;
            }
        }
    }

    private void Add(InterfaceId id, string? keyName, bool exported)
    {
        if (_directions.TryGetValue(id, out var dir))
        {
            _directions[id] = exported ? (dir.Imported, true) : (true, dir.Exported);
            return;
        }

        _directions[id] = exported ? (false, true) : (true, false);
        _order.Add((id, keyName));
    }

    private (CSharpContainer, IReadOnlyList<CSharpContainer>, IReadOnlyDictionary<TypeId, (CSharpContainer, string)>) Build(
        string? namespaceOption, IReadOnlyList<ReusedInterface> reuse)
    {
        var versioned = PackagesNeedingVersion();
        string? VersionSegment(PackageId pkg) =>
            versioned.Contains(pkg) && _model[pkg].Name.Version is { } v ? CSharpNames.VersionSegment(v) : null;
        string BaseNamespace(PackageId pkg)
        {
            var name = _model[pkg].Name;
            var baseNs = namespaceOption ?? CSharpNames.ToPascalCase(name.Namespace) + "." + CSharpNames.ToPascalCase(name.Name);
            return VersionSegment(pkg) is { } segment ? baseNs + "." + segment : baseNs;
        }

        var namespaces = new NameScope(StringComparer.OrdinalIgnoreCase);
        var worldNs = namespaces.Claim(BaseNamespace(_world.Package) + "." + CSharpNames.ToPascalCase(_world.Name) + "World");
        var worldNames = new NameScope();

        // Names of the imported interfaces, to find the export side of an interface also imported.
        var importedNames = new HashSet<string>(
            _order.Where(o => _directions[o.Id].Imported).Select(o => _model.QualifiedName(o.Id)).OfType<string>(),
            StringComparer.Ordinal);
        var planned = new List<(InterfaceId Id, string WitName, string Namespace, string? Version)>(_order.Count);
        foreach (var (id, keyName) in _order)
        {
            var iface = _model[id];
            if (iface.Name is null)
            {
                var witName = keyName ?? "interface";
                var segment = worldNames.Claim(CSharpNames.ToPascalCase(witName));
                planned.Add((id, witName, namespaces.Claim(worldNs + "." + segment), null));
            }
            else
            {
                var witName = _model.QualifiedName(id) ?? iface.Name;
                var pkg = iface.Package ?? _world.Package;

                // The export side of an interface also imported, when it has its own copy (see ExportedInterfaceCopies).
                var exportCopy = !_directions[id].Imported && importedNames.Contains(witName);
                var ns = namespaces.Claim(BaseNamespace(pkg) + (exportCopy ? ".Exports." : ".") + CSharpNames.ToPascalCase(iface.Name));
                planned.Add((id, witName, ns, VersionSegment(pkg)));
            }
        }

        var reused = TypeReuse.Decide(_model, planned.Select(p => (p.Id, p.WitName)).ToList(), reuse);

        // Type names, claimed in each container's scope before the container exists.
        var typeNames = new Dictionary<TypeId, (int Container, string Name)>();
        List<TypeId> Declare(NameScope names, int container, IEnumerable<TypeId> candidates)
        {
            var declared = new List<TypeId>();
            foreach (var typeId in candidates)
            {
                var def = _model[typeId];
                if (TypeStructure.IsDeclared(def) && !typeNames.ContainsKey(typeId))
                {
                    declared.Add(typeId);
                    var name = CSharpNames.ToPascalCase(def.Name!);
                    if (DeclaredTypeMembers.Has(def.Kind, name))
                    {
                        // The declaration has a member of this name (a record's Equals, a resource's Dispose): suffix the type.
                        names.Reserve(name);
                    }

                    typeNames[typeId] = (container, names.Claim(name));
                }
            }

            return declared;
        }

        var interfaces = new List<CSharpContainer>(planned.Count);
        for (var i = 0; i < planned.Count; i++)
        {
            var (id, witName, ns, version) = planned[i];
            var owner = TypeOwner.Of(id);
            var names = new NameScope();
            var declared = Declare(names, i, _model[id].Types.Where(t => _model[t.Id].Owner == owner).Select(t => t.Id));
            interfaces.Add(new CSharpContainer(
                ContainerKind.Interface, id, witName, ns, version,
                isImported: _directions[id].Imported,
                isExported: _directions[id].Exported,
                reusedTypesNamespace: reused[i],
                names,
                declared));
        }

        var worldOwner = TypeOwner.Of(_worldId);
        var worldTypes = Declare(worldNames, -1, _items.Types.Where(t => _model[t].Owner == worldOwner));
        var world = new CSharpContainer(
            ContainerKind.World, null, _world.Name, worldNs, versionSegment: null,
            isImported: false, isExported: false, reusedTypesNamespace: null, worldNames, worldTypes);

        var containerTypeNames = new Dictionary<TypeId, (CSharpContainer, string)>(typeNames.Count);
        foreach (var entry in typeNames)
        {
            containerTypeNames[entry.Key] = (entry.Value.Container < 0 ? world : interfaces[entry.Value.Container], entry.Value.Name);
        }

        return (world, interfaces, containerTypeNames);
    }

    private HashSet<PackageId> PackagesNeedingVersion()
    {
        var packages = _order.Select(o => _model[o.Id].Package).OfType<PackageId>().Append(_world.Package).Distinct().ToList();
        return new HashSet<PackageId>(packages
            .GroupBy(p => _model[p].Name.NameWithoutVersion, StringComparer.Ordinal)
            .Where(g => g.Select(p => _model[p].Name.Version?.ToString()).Distinct().Count() > 1)
            .SelectMany(g => g));
    }
}
