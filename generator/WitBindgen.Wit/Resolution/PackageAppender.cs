using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Adds one <see cref="UnresolvedPackage"/> to the <see cref="ResolveState"/> (wit-parser's <c>Remap</c>):
/// connects references to other packages, drops items whose feature gate is off, turns references to
/// resources into <c>own</c> handles, flattens includes and elaborates worlds.
/// </summary>
internal sealed partial class PackageAppender
{
    private readonly ResolveState _state;
    private readonly UnresolvedPackage _unresolved;
    private readonly List<TypeId?> _types = new();
    private readonly List<InterfaceId?> _interfaces = new();
    private readonly List<WorldId?> _worlds = new();
    private readonly Dictionary<TypeId, TypeId> _ownHandles = new();
    private readonly Dictionary<TypeId, bool> _hasBorrow = new();
    private PackageId _package;

    private PackageAppender(ResolveState state, UnresolvedPackage unresolved)
    {
        _state = state;
        _unresolved = unresolved;
    }

    /// <summary>Appends the package; its dependencies must already be in <paramref name="state"/>.</summary>
    public static PackageId Append(ResolveState state, UnresolvedPackage unresolved)
    {
        var appender = new PackageAppender(state, unresolved);
        appender.Run();
        return appender._package;
    }

    private void Run()
    {
        var u = _unresolved;
        _package = new PackageId(_state.Packages.Count);
        _state.Packages.Add(new PackageData(u.Name, u.Source.Docs));
        _state.PackageNames.Set(u.Name, _package);

        ProcessForeignDeps();
        var foreignTypes = _types.Count;
        var foreignInterfaces = _interfaces.Count;
        var foreignWorlds = _worlds.Count;

        for (var i = foreignTypes; i < u.Types.Count; i++)
        {
            var type = u.Types[i];
            if (!_state.IncludeStability(type.Stability, _package, u.TypeSpans[i]))
            {
                _types.Add(null);
                continue;
            }

            type.Kind = UpdateKind(type.Kind, u.TypeSpans[i], u.FieldSpans.TryGetValue(i, out var fieldSpans) ? fieldSpans : null);
            var id = _state.AddType(type);

            // Anonymous `own<T>` handles are shared with those made for references to resources.
            if (type is { Name: null, Owner.Kind: TypeOwnerKind.None, Kind: HandleKind { Ownership: HandleOwnership.Own } own })
            {
                if (_ownHandles.TryGetValue(own.Resource, out var existing))
                {
                    id = existing;
                }
                else
                {
                    _ownHandles.Add(own.Resource, id);
                }
            }

            _types.Add(id);
        }

        for (var i = foreignInterfaces; i < u.Interfaces.Count; i++)
        {
            var iface = u.Interfaces[i];
            var spans = u.InterfaceSpans[i];
            if (!_state.IncludeStability(iface.Stability, _package, spans.Location))
            {
                _interfaces.Add(null);
                continue;
            }

            iface.Package = _package;
            UpdateInterface(iface, spans);
            _interfaces.Add(new InterfaceId(_state.Interfaces.Count));
            _state.Interfaces.Add(iface);
        }

        FixOwners(foreignTypes, TypeOwnerKind.Interface);

        for (var i = foreignWorlds; i < u.Worlds.Count; i++)
        {
            var world = u.Worlds[i];
            var spans = u.WorldSpans[i];
            if (!_state.IncludeStability(world.Stability, _package, spans.Location))
            {
                _worlds.Add(null);
                continue;
            }

            UpdateWorld(world, spans);
            world.Package = _package;
            _worlds.Add(new WorldId(_state.Worlds.Count));
            _state.Worlds.Add(world);
        }

        FixOwners(foreignTypes, TypeOwnerKind.World);

        for (var i = foreignWorlds; i < _worlds.Count; i++)
        {
            if (_worlds[i] is not { } id)
            {
                continue;
            }

            ProcessIncludes(id);
            WorldElaborator.Elaborate(_state, id, u.WorldSpans[i].Location);
        }

        var package = _state.Packages[_package.Index];
        for (var i = foreignInterfaces; i < _interfaces.Count; i++)
        {
            if (_interfaces[i] is { } id && _state.Interfaces[id.Index] is { Name: { } name } iface)
            {
                iface.Package = _package;
                package.Interfaces.Set(name, id);
            }
        }

        for (var i = foreignWorlds; i < _worlds.Count; i++)
        {
            if (_worlds[i] is { } id)
            {
                package.Worlds.Set(_state.Worlds[id.Index].Name, id);
            }
        }
    }

    private void FixOwners(int foreignTypes, TypeOwnerKind kind)
    {
        for (var i = foreignTypes; i < _types.Count; i++)
        {
            if (_types[i] is not { } id)
            {
                continue;
            }

            var type = _state.Types[id.Index];
            if (type.Owner.Kind != kind)
            {
                continue;
            }

            var span = _unresolved.TypeSpans[i];
            type.Owner = kind == TypeOwnerKind.Interface
                ? TypeOwner.Of(_interfaces[type.Owner.Index] ?? throw GatedReference("interface", span, "; this type is not gated by a feature but its interface is"))
                : TypeOwner.Of(_worlds[type.Owner.Index] ?? throw GatedReference("world", span, "; this type is not gated by a feature but its world is"));
        }
    }

    private static ResolutionError GatedReference(string what, SourceLocation? location, string extra = "") =>
        ResolutionError.At(WitDiagnostics.ReferenceToGatedItem, location, what, extra);

    private TypeId MapType(TypeId id, SourceLocation? location) =>
        _types[id.Index] ?? throw GatedReference("type", location);

    private InterfaceId MapInterface(InterfaceId id, SourceLocation? location) =>
        _interfaces[id.Index] ?? throw GatedReference("interface", location);

    private WorldId MapWorld(WorldId id, SourceLocation? location) =>
        _worlds[id.Index] ?? throw GatedReference("world", location);

    /// <summary>Connects the placeholders for other packages' interfaces, worlds and types to the real ones.</summary>
    private void ProcessForeignDeps()
    {
        var u = _unresolved;
        var interfaceTargets = new Dictionary<int, (PackageName Package, string Name, SourceLocation Span, List<Stability> Stabilities)>();
        var worldTargets = new Dictionary<int, (PackageName Package, string Name, SourceLocation Span, List<Stability> Stabilities)>();
        for (var i = 0; i < u.ForeignDeps.Count; i++)
        {
            var packageName = u.ForeignDeps.KeyAt(i);
            var items = u.ForeignDeps.ValueAt(i);
            for (var j = 0; j < items.Count; j++)
            {
                var dep = items.ValueAt(j);
                var target = (packageName, items.KeyAt(j), u.ForeignDepSpans[i], dep.Stabilities);
                (dep.Item.IsWorld ? worldTargets : interfaceTargets)[dep.Item.Id] = target;
            }
        }

        for (var i = 0; i < u.Interfaces.Count && interfaceTargets.TryGetValue(i, out var target); i++)
        {
            var package = FindPackage(target.Package, target.Span);
            var span = u.InterfaceSpans[i].Location;
            if (!AnyEnabled(target.Stabilities, span))
            {
                _interfaces.Add(null);
                continue;
            }

            _interfaces.Add(_state.Packages[package.Index].Interfaces.TryGetValue(target.Name, out var id)
                ? id
                : throw ResolutionError.At(WitDiagnostics.ItemNotInPackage, span, "interface", target.Name, target.Package));
        }

        for (var i = 0; i < u.Worlds.Count && worldTargets.TryGetValue(i, out var target); i++)
        {
            var package = FindPackage(target.Package, target.Span);
            var span = u.WorldSpans[i].Location;
            if (!AnyEnabled(target.Stabilities, span))
            {
                _worlds.Add(null);
                continue;
            }

            _worlds.Add(_state.Packages[package.Index].Worlds.TryGetValue(target.Name, out var id)
                ? id
                : throw ResolutionError.At(WitDiagnostics.ItemNotInPackage, span, "world", target.Name, target.Package));
        }

        for (var i = 0; i < u.Types.Count && u.Types[i].Kind is UnknownKind; i++)
        {
            var type = u.Types[i];
            var span = u.TypeSpans[i];
            if (!_state.IncludeStability(type.Stability, _package, span))
            {
                _types.Add(null);
                continue;
            }

            var iface = MapInterface(new InterfaceId(type.Owner.Index), span);
            _types.Add(_state.Interfaces[iface.Index].Types.TryGetValue(type.Name!, out var id)
                ? id
                : throw ResolutionError.At(WitDiagnostics.TypeNotInInterface, span, type.Name));
        }

        foreach (var (type, location) in u.RequiredResourceTypes)
        {
            if (_types[type.Index] is not { } id)
            {
                continue;
            }

            for (var guard = 0; ; guard++)
            {
                var kind = _state.Types[id.Index].Kind;
                if (kind is ResourceKind)
                {
                    break;
                }

                if (kind is AliasKind { Target: { IsPrimitive: false } next } && guard < _state.Types.Count)
                {
                    id = next.Id;
                    continue;
                }

                throw ResolutionError.At(WitDiagnostics.InvalidType, location, "type used in a handle must be a resource. `own` and `borrow` need a resource type");
            }
        }
    }

    private PackageId FindPackage(PackageName name, SourceLocation span)
    {
        if (_state.PackageNames.TryGetValue(name, out var id))
        {
            return id;
        }

        var known = new System.Text.StringBuilder();
        if (_state.PackageNames.Count > 0)
        {
            known.Append(". known packages:");
            for (var i = 0; i < _state.PackageNames.Count; i++)
            {
                known.Append("\n    ").Append(_state.PackageNames.KeyAt(i));
            }
        }

        throw ResolutionError.At(WitDiagnostics.PackageNotFound, span, name, known.ToString());
    }

    private bool AnyEnabled(List<Stability> stabilities, SourceLocation span)
    {
        foreach (var stability in stabilities)
        {
            if (_state.IncludeStability(stability, _package, span))
            {
                return true;
            }
        }

        return false;
    }
}
