using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Resolves the names of one package on its own, following wit-parser's order: references to other
/// packages are registered first, then interfaces and worlds are ordered by their <c>use</c>s and
/// resolved in that order, types in each scope in dependency order.
/// </summary>
internal sealed partial class PackageResolver
{
    private const string FunctionItem = "function";

    private readonly PackageSource _source;
    private readonly UnresolvedPackage _package;
    private readonly Dictionary<TypeDefKind, TypeId> _anonTypes = new();
    private readonly List<Dictionary<string, AstItem>> _astItems = new();
    private readonly Dictionary<string, AstItem> _packageItems = new(StringComparer.Ordinal);
    private readonly List<OrderedMap<string, Binding>> _interfaceTypes = new();
    private readonly HashSet<int> _foreignInterfaces = new();
    private OrderedMap<string, Binding> _typeLookup = new();
    private SourceFile _file;
    private int _currentList;
    private int _depth;

    private PackageResolver(PackageSource source)
    {
        _source = source;
        _package = new UnresolvedPackage(source);
        _file = source.DeclLists.Count > 0 ? source.DeclLists[0].File : new SourceFile(string.Empty, string.Empty);
    }

    private List<TypeData> Types => _package.Types;

    private List<InterfaceData> Interfaces => _package.Interfaces;

    private List<WorldData> Worlds => _package.Worlds;

    /// <summary>Resolves one package's names. Throws <see cref="ResolutionError"/> at the first error.</summary>
    public static UnresolvedPackage Resolve(PackageSource source)
    {
        var resolver = new PackageResolver(source);
        resolver.Run();
        return resolver._package;
    }

    private void Run()
    {
        var lists = _source.DeclLists;
        PopulateForeignDeps();
        var (interfaceOrder, worldOrder) = PopulateAstItems();
        PopulateForeignTypes();

        var interfaceSyntax = new Dictionary<int, (InterfaceSyntax Syntax, int List)>();
        var worldSyntax = new Dictionary<int, (WorldSyntax Syntax, int List)>();
        for (var i = 0; i < lists.Count; i++)
        {
            foreach (var item in lists[i].Items)
            {
                switch (item)
                {
                    case InterfaceSyntax iface:
                        interfaceSyntax[_astItems[i][iface.Name.Name].Id] = (iface, i);
                        break;
                    case WorldSyntax world:
                        worldSyntax[_astItems[i][world.Name.Name].Id] = (world, i);
                        break;
                }
            }
        }

        foreach (var id in interfaceOrder)
        {
            var (syntax, list) = interfaceSyntax[id];
            Enter(list);
            ResolveInterface(id, syntax.Items, syntax.Docs, syntax.Gates);
        }

        foreach (var id in worldOrder)
        {
            var (syntax, list) = worldSyntax[id];
            Enter(list);
            ResolveWorld(id, syntax);
        }
    }

    private void Enter(int declList)
    {
        _currentList = declList;
        _file = _source.DeclLists[declList].File;
    }

    private SourceLocation Loc(TextSpan span) => _file.GetLocation(span);

    private SourceLocation Loc(Identifier id) => _file.GetLocation(id.Span);

    /// <summary>
    /// Visits every path of a file: top-level <c>use</c>s, <c>use</c>s in interfaces and worlds, imports,
    /// exports, includes. The owner is the enclosing interface, or the world for an <c>include</c>: only
    /// those references order items (worlds are resolved after every interface anyway).
    /// </summary>
    private static void ForEachPath(DeclList list, PathVisitor visit)
    {
        foreach (var item in list.Items)
        {
            switch (item)
            {
                case TopLevelUse use:
                    visit(null, use.Gates, use.Path, null, false);
                    break;
                case InterfaceSyntax iface:
                    foreach (var member in iface.Items)
                    {
                        if (member is InterfaceUse u)
                        {
                            visit(iface.Name, u.Use.Gates, u.Use.Path, u.Use.Names, false);
                        }
                    }

                    break;
                case WorldSyntax world:
                    foreach (var member in world.Items)
                    {
                        switch (member)
                        {
                            case WorldUse u:
                                visit(null, u.Use.Gates, u.Use.Path, u.Use.Names, false);
                                break;
                            case WorldExternSyntax { Kind: ExternPath p } e:
                                visit(null, e.Gates, p.Path, null, false);
                                break;
                            case WorldExternSyntax { Kind: ExternNamedPath p } e:
                                visit(null, e.Gates, p.Path, null, false);
                                break;
                            case WorldExternSyntax { Kind: ExternInterface inline }:
                                foreach (var inner in inline.Items)
                                {
                                    if (inner is InterfaceUse iu)
                                    {
                                        visit(null, iu.Use.Gates, iu.Use.Path, iu.Use.Names, false);
                                    }
                                }

                                break;
                            case IncludeSyntax include:
                                visit(world.Name, include.Gates, include.Path, null, true);
                                break;
                        }
                    }

                    break;
            }
        }
    }

    private delegate void PathVisitor(Identifier? owner, EquatableArray<GateSyntax> gates, UsePath path, EquatableArray<UseName>? names, bool isWorld);

    /// <summary>Allocates a placeholder for every interface and world named by a package path.</summary>
    private void PopulateForeignDeps()
    {
        foreach (var list in _source.DeclLists)
        {
            _file = list.File;
            ForEachPath(list, (_, gates, path, _, isWorld) =>
            {
                if (path is not PackageUsePath p)
                {
                    return;
                }

                var stability = TryStability(gates);
                var packageName = PackageSource.ToName(p.Package);
                if (!_package.ForeignDeps.TryGetValue(packageName, out var deps))
                {
                    deps = new OrderedMap<string, ForeignDep>();
                    _package.ForeignDeps.Set(packageName, deps);
                    _package.ForeignDepSpans.Add(Loc(p.Package.Span));
                }

                if (!deps.TryGetValue(p.Name.Name, out var dep))
                {
                    dep = new ForeignDep(isWorld ? AstItem.World(AllocWorld(Loc(p.Name))) : AstItem.Interface(AllocInterface(Loc(p.Name))));
                    deps.Set(p.Name.Name, dep);
                }

                dep.Stabilities.Add(stability);
                if (!dep.Item.IsWorld)
                {
                    _foreignInterfaces.Add(dep.Item.Id);
                }
            });
        }
    }

    private int AllocInterface(SourceLocation location)
    {
        _interfaceTypes.Add(new OrderedMap<string, Binding>());
        _package.InterfaceSpans.Add(new InterfaceSpans(location));
        Interfaces.Add(new InterfaceData(location));
        return Interfaces.Count - 1;
    }

    private int AllocWorld(SourceLocation location)
    {
        _package.WorldSpans.Add(new WorldSpans(location));
        Worlds.Add(new WorldData(location));
        return Worlds.Count - 1;
    }

    /// <summary>Creates every interface and world of the package in dependency order and builds each file's namespace.</summary>
    private (List<int> Interfaces, List<int> Worlds) PopulateAstItems()
    {
        var lists = _source.DeclLists;
        var declared = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var isWorld = new Dictionary<string, bool>(StringComparer.Ordinal);
        var order = new OrderedMap<string, List<NameRef>>();
        foreach (var list in lists)
        {
            _file = list.File;
            foreach (var item in list.Items)
            {
                Identifier name;
                switch (item)
                {
                    case InterfaceSyntax i:
                        name = i.Name;
                        isWorld[name.Name] = false;
                        break;
                    case WorldSyntax w:
                        name = w.Name;
                        isWorld[name.Name] = true;
                        break;
                    default:
                        continue;
                }

                if (declared.ContainsKey(name.Name))
                {
                    throw ResolutionError.At(WitDiagnostics.DuplicateName, Loc(name), $"duplicate item named `{name.Name}`");
                }

                declared.Add(name.Name, Loc(name));
                order.Set(name.Name, new List<NameRef>());
            }
        }

        foreach (var list in lists)
        {
            _file = list.File;
            var fileNames = new Dictionary<string, NameRef?>(StringComparer.Ordinal);
            foreach (var item in list.Items)
            {
                Identifier name;
                NameRef? source;
                switch (item)
                {
                    case TopLevelUse use:
                        var target = UseTarget(use.Path);
                        name = use.As ?? target;
                        source = use.Path is LocalUsePath ? new NameRef(target.Name, _file, target.Span) : null;
                        break;
                    case InterfaceSyntax i:
                        name = i.Name;
                        source = new NameRef(name.Name, _file, name.Span);
                        break;
                    case WorldSyntax w:
                        name = w.Name;
                        source = new NameRef(name.Name, _file, name.Span);
                        break;
                    default:
                        continue;
                }

                if (fileNames.ContainsKey(name.Name))
                {
                    throw ResolutionError.At(WitDiagnostics.DuplicateName, Loc(name), $"duplicate name `{name.Name}` in this file");
                }

                fileNames.Add(name.Name, source);
            }

            ForEachPath(list, (owner, _, path, _, _) =>
            {
                if (owner is not { } o || path is not LocalUsePath local)
                {
                    return;
                }

                var used = local.Name;
                if (fileNames.TryGetValue(used.Name, out var source))
                {
                    if (source is { } s)
                    {
                        order.ValueAt(order.IndexOf(o.Name)).Add(s);
                    }
                }
                else if (declared.ContainsKey(used.Name))
                {
                    order.ValueAt(order.IndexOf(o.Name)).Add(new NameRef(used.Name, _file, used.Span));
                }
                else
                {
                    throw ResolutionError.At(WitDiagnostics.NameNotFound, Loc(used), "interface or world", used.Name, string.Empty);
                }
            });
        }

        var sorted = Toposort.Sort("interface or world", order);
        var ids = new Dictionary<string, AstItem>(StringComparer.Ordinal);
        var interfaceOrder = new List<int>();
        var worldOrder = new List<int>();
        foreach (var name in sorted)
        {
            if (isWorld[name])
            {
                var id = AllocWorld(declared[name]);
                Worlds[id].Name = name;
                ids[name] = AstItem.World(id);
                worldOrder.Add(id);
            }
            else
            {
                var id = AllocInterface(declared[name]);
                Interfaces[id].Name = name;
                ids[name] = AstItem.Interface(id);
                interfaceOrder.Add(id);
            }
        }

        foreach (var list in lists)
        {
            _file = list.File;
            var items = new Dictionary<string, AstItem>(StringComparer.Ordinal);
            foreach (var item in list.Items)
            {
                switch (item)
                {
                    case TopLevelUse use:
                        if (use.Gates.Count > 0)
                        {
                            throw ResolutionError.At(WitDiagnostics.MisplacedItem, Loc(use.Span), "attributes not allowed on top-level use. Put the gate on the items that use the interface");
                        }

                        var target = UseTarget(use.Path);
                        AstItem resolved;
                        if (use.Path is PackageUsePath p)
                        {
                            resolved = _package.ForeignDeps.TryGetValue(PackageSource.ToName(p.Package), out var deps) && deps.TryGetValue(target.Name, out var dep)
                                ? dep.Item
                                : throw new InvalidOperationException("foreign dependency was not registered");
                        }
                        else if (!ids.TryGetValue(target.Name, out resolved))
                        {
                            throw ResolutionError.At(WitDiagnostics.NameNotFound, Loc(target), "interface or world", target.Name, string.Empty);
                        }

                        items[(use.As ?? target).Name] = resolved;
                        break;
                    case InterfaceSyntax i:
                        items[i.Name.Name] = ids[i.Name.Name];
                        _packageItems[i.Name.Name] = ids[i.Name.Name];
                        break;
                    case WorldSyntax w:
                        items[w.Name.Name] = ids[w.Name.Name];
                        _packageItems[w.Name.Name] = ids[w.Name.Name];
                        break;
                }
            }

            _astItems.Add(items);
        }

        return (interfaceOrder, worldOrder);
    }

    private static Identifier UseTarget(UsePath path) => path switch
    {
        LocalUsePath l => l.Name,
        PackageUsePath p => p.Name,
        _ => throw new InvalidOperationException("unknown path kind"),
    };

    /// <summary>Adds a placeholder type for every name a <c>use</c> takes from another package's interface.</summary>
    private void PopulateForeignTypes()
    {
        for (var i = 0; i < _source.DeclLists.Count; i++)
        {
            Enter(i);
            ForEachPath(_source.DeclLists[i], (_, gates, path, names, _) =>
            {
                if (names is not { } useNames)
                {
                    return;
                }

                var stability = Stability(gates);
                var (item, name, span) = ResolveAstItemPath(path);
                var iface = ExtractInterface(item, name, span);
                if (!_foreignInterfaces.Contains(iface))
                {
                    return;
                }

                var lookup = _interfaceTypes[iface];
                foreach (var useName in useNames)
                {
                    if (lookup.ContainsKey(useName.Name.Name))
                    {
                        continue;
                    }

                    var loc = Loc(useName.Name);
                    var id = AllocType(new TypeData(useName.Name.Name, UnknownKind.Instance, TypeOwner.Of(new InterfaceId(iface)), null, stability, loc), loc);
                    lookup.Set(useName.Name.Name, Binding.Type(id, loc));
                    Interfaces[iface].Types.Set(useName.Name.Name, id);
                }
            });
        }
    }

    private TypeId AllocType(TypeData type, SourceLocation span)
    {
        Types.Add(type);
        _package.TypeSpans.Add(span);
        return new TypeId(Types.Count - 1);
    }

    private (AstItem Item, string Name, TextSpan Span) ResolveAstItemPath(UsePath path)
    {
        switch (path)
        {
            case LocalUsePath local:
                if (_astItems[_currentList].TryGetValue(local.Name.Name, out var item) || _packageItems.TryGetValue(local.Name.Name, out item))
                {
                    return (item, local.Name.Name, local.Name.Span);
                }

                throw ResolutionError.At(WitDiagnostics.NameNotFound, Loc(local.Name), "interface or world", local.Name.Name, string.Empty);
            case PackageUsePath p:
                var dep = _package.ForeignDeps.TryGetValue(PackageSource.ToName(p.Package), out var deps) && deps.TryGetValue(p.Name.Name, out var d)
                    ? d
                    : throw new InvalidOperationException("foreign dependency was not registered");
                return (dep.Item, p.Name.Name, p.Name.Span);
            default:
                throw new InvalidOperationException("unknown path kind");
        }
    }

    private int ExtractInterface(AstItem item, string name, TextSpan span) =>
        item.IsWorld
            ? throw ResolutionError.At(WitDiagnostics.WrongKindOfItem, Loc(span), $"name `{name}` is defined as a world, not an interface")
            : item.Id;

    private int ExtractWorld(AstItem item, string name, TextSpan span) =>
        item.IsWorld
            ? item.Id
            : throw ResolutionError.At(WitDiagnostics.WrongKindOfItem, Loc(span), $"name `{name}` is defined as an interface, not a world");

    private void DefineName(Identifier name, Binding binding)
    {
        if (_typeLookup.ContainsKey(name.Name))
        {
            throw ResolutionError.At(WitDiagnostics.DuplicateName, Loc(name), $"name `{name.Name}` is defined more than once");
        }

        _typeLookup.Set(name.Name, binding);
    }

    /// <summary>What a name in an interface or world scope stands for: a type, or a function.</summary>
    private readonly record struct Binding(TypeId Id, string? Item, SourceLocation Location)
    {
        public static Binding Type(TypeId id, SourceLocation location) => new(id, null, location);

        public static Binding Function(SourceLocation location) => new(default, FunctionItem, location);
    }
}
