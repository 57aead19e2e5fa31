using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Resolution;

// Interfaces, worlds and functions.
internal sealed partial class PackageResolver
{
    private void ResolveInterface(int id, EquatableArray<InterfaceItem> items, Docs docs, EquatableArray<GateSyntax> gates)
    {
        var iface = Interfaces[id];
        iface.Docs = docs.Contents;
        iface.Stability = Stability(gates);

        var typeItems = new List<TypeItem>();
        foreach (var item in items)
        {
            switch (item)
            {
                case InterfaceUse u:
                    typeItems.Add(new TypeItem(u.Use, null));
                    break;
                case InterfaceTypeDef t:
                    typeItems.Add(new TypeItem(null, t.TypeDef));
                    break;
            }
        }

        ResolveTypes(TypeOwner.Of(new InterfaceId(id)), typeItems);
        for (var i = 0; i < _typeLookup.Count; i++)
        {
            iface.Types.Set(_typeLookup.KeyAt(i), _typeLookup.ValueAt(i).Id);
        }

        var functions = new List<Function>();
        var spans = _package.InterfaceSpans[id].Functions;
        foreach (var item in items)
        {
            switch (item)
            {
                case InterfaceFunc f:
                    var location = Loc(f.Name);
                    DefineName(f.Name, Binding.Function(location));
                    functions.Add(ResolveFunction(f.Docs, f.Gates, f.Name.Name, location, f.Func, f.Func.IsAsync ? FunctionKind.AsyncFreestanding : FunctionKind.Freestanding, null));
                    spans.Add(location);
                    break;
                case InterfaceTypeDef { TypeDef: ResourceSyntax resource }:
                    foreach (var rf in resource.Funcs)
                    {
                        var function = ResolveResourceFunction(rf, resource.Name);
                        functions.Add(function);
                        spans.Add(function.Location!.Value);
                    }

                    break;
            }
        }

        foreach (var function in functions)
        {
            iface.Functions.Set(function.Name, function);
        }

        _interfaceTypes[id] = _typeLookup;
        _typeLookup = new OrderedMap<string, Binding>();
    }

    private void ResolveWorld(int id, WorldSyntax syntax)
    {
        var world = Worlds[id];
        world.Docs = syntax.Docs.Contents;
        world.Stability = Stability(syntax.Gates);

        var typeItems = new List<TypeItem>();
        foreach (var item in syntax.Items)
        {
            switch (item)
            {
                case WorldUse u:
                    typeItems.Add(new TypeItem(u.Use, null));
                    break;
                case WorldTypeDef t:
                    typeItems.Add(new TypeItem(null, t.TypeDef));
                    break;
            }
        }

        ResolveTypes(TypeOwner.Of(new WorldId(id)), typeItems);

        foreach (var item in syntax.Items)
        {
            if (item is IncludeSyntax include)
            {
                var stability = Stability(include.Gates);
                var (target, name, span) = ResolveAstItemPath(include.Path);
                var includeFrom = ExtractWorld(target, name, span);
                var names = new List<(string Name, string As)>();
                foreach (var n in include.With)
                {
                    names.Add((n.Name.Name, n.As.Name));
                }

                world.Includes.Add(new IncludeData(stability, new WorldId(includeFrom), names, Loc(span)));
            }
        }

        var importSpans = new List<SourceLocation>();
        var exportSpans = new List<SourceLocation>();
        for (var i = 0; i < _typeLookup.Count; i++)
        {
            var name = _typeLookup.KeyAt(i);
            var binding = _typeLookup.ValueAt(i);
            if (world.Imports.Set(WorldKey.Of(name), new WorldTypeItem(binding.Id)))
            {
                throw ResolutionError.At(WitDiagnostics.WorldNameConflict, binding.Location, $"import `{name}` conflicts with prior import of same name");
            }

            importSpans.Add(binding.Location);
        }

        var imported = new HashSet<int>();
        var exported = new HashSet<int>();
        foreach (var item in syntax.Items)
        {
            if (item is WorldTypeDef { TypeDef: ResourceSyntax resource })
            {
                foreach (var rf in resource.Funcs)
                {
                    var function = ResolveResourceFunction(rf, resource.Name);
                    importSpans.Add(function.Location!.Value);
                    world.Imports.Set(WorldKey.Of(function.Name), new WorldFunctionItem(function));
                }

                continue;
            }

            if (item is not WorldExternSyntax ext)
            {
                continue;
            }

            var isImport = ext.Direction == ExternDirection.Import;
            var desc = isImport ? "import" : "export";
            var worldItem = ResolveWorldItem(ext.Docs, ext.Gates, ext.Kind);
            SourceLocation kindSpan;
            WorldKey key;
            switch (ext.Kind)
            {
                case ExternInterface inline:
                    kindSpan = Loc(inline.Name);
                    key = WorldKey.Of(inline.Name.Name);
                    break;
                case ExternFunc func:
                    kindSpan = Loc(func.Name);
                    key = WorldKey.Of(((WorldFunctionItem)worldItem).Function.Name);
                    break;
                case ExternNamedPath named:
                    kindSpan = Loc(named.Name);
                    key = WorldKey.Of(named.Name.Name);
                    break;
                case ExternPath path:
                    kindSpan = Loc(path.Path.Span);
                    key = WorldKey.Of(((WorldInterfaceItem)worldItem).Interface);
                    if (!(isImport ? imported : exported).Add(((WorldInterfaceItem)worldItem).Interface.Index))
                    {
                        throw ResolutionError.At(WitDiagnostics.DuplicateName, kindSpan, $"interface cannot be {desc}ed more than once");
                    }

                    break;
                default:
                    throw new InvalidOperationException("unknown extern kind");
            }

            var destination = isImport ? world.Imports : world.Exports;
            if (destination.TryGetValue(key, out var previous))
            {
                var prevKind = previous switch
                {
                    WorldInterfaceItem => "interface",
                    WorldFunctionItem => "func",
                    _ => "type",
                };
                throw ResolutionError.At(WitDiagnostics.WorldNameConflict, kindSpan, $"{desc} `{key.Name}` conflicts with prior {prevKind} of same name");
            }

            destination.Set(key, worldItem);
            (isImport ? importSpans : exportSpans).Add(kindSpan);
        }

        _package.WorldSpans[id].Imports = importSpans;
        _package.WorldSpans[id].Exports = exportSpans;
        _typeLookup.Clear();
    }

    private WorldItem ResolveWorldItem(Docs docs, EquatableArray<GateSyntax> gates, ExternKindSyntax kind)
    {
        switch (kind)
        {
            case ExternInterface inline:
                var saved = _typeLookup;
                _typeLookup = new OrderedMap<string, Binding>();
                var id = AllocInterface(Loc(inline.Name));
                ResolveInterface(id, inline.Items, docs, gates);
                _typeLookup = saved;
                return new WorldInterfaceItem(new InterfaceId(id), Interfaces[id].Stability);
            case ExternPath path:
                return PathItem(gates, path.Path);
            case ExternNamedPath named:
                return PathItem(gates, named.Path);
            case ExternFunc func:
                return new WorldFunctionItem(ResolveFunction(docs, gates, func.Name.Name, Loc(func.Name), func.Func, func.Func.IsAsync ? FunctionKind.AsyncFreestanding : FunctionKind.Freestanding, null));
            default:
                throw new InvalidOperationException("unknown extern kind");
        }

        WorldItem PathItem(EquatableArray<GateSyntax> g, UsePath p)
        {
            var stability = Stability(g);
            var (item, name, span) = ResolveAstItemPath(p);
            return new WorldInterfaceItem(new InterfaceId(ExtractInterface(item, name, span)), stability);
        }
    }

    private Function ResolveResourceFunction(ResourceFuncSyntax func, Identifier resource)
    {
        var resourceId = _typeLookup.TryGetValue(resource.Name, out var binding) && binding.Item is null
            ? binding.Id
            : throw new InvalidOperationException("resource was not defined before its functions");
        string name;
        FunctionKind kind;
        switch (func.Kind)
        {
            case ResourceFuncKind.Method:
                name = $"[method]{resource.Name}.{func.Name.Name}";
                kind = func.Func.IsAsync ? FunctionKind.AsyncMethod : FunctionKind.Method;
                break;
            case ResourceFuncKind.Static:
                name = $"[static]{resource.Name}.{func.Name.Name}";
                kind = func.Func.IsAsync ? FunctionKind.AsyncStatic : FunctionKind.Static;
                break;
            default:
                name = $"[constructor]{resource.Name}";
                kind = FunctionKind.Constructor;
                break;
        }

        return ResolveFunction(func.Docs, func.Gates, name, Loc(func.Name), func.Func, kind, resourceId);
    }

    private Function ResolveFunction(Docs docs, EquatableArray<GateSyntax> gates, string name, SourceLocation location, FuncSyntax func, FunctionKind kind, TypeId? resource)
    {
        var stability = Stability(gates);
        var isMethod = kind is FunctionKind.Method or FunctionKind.AsyncMethod;
        var parameters = new Param[func.Params.Count + (isMethod ? 1 : 0)];
        var count = 0;
        if (isMethod)
        {
            var borrow = new HandleKind(HandleOwnership.Borrow, resource!.Value);
            parameters[count++] = new Param("self", AnonType(borrow, FindStability(borrow, Model.Stability.Unknown), func.Span));
        }

        foreach (var p in func.Params)
        {
            var type = ResolveType(p.Type, Model.Stability.Unknown);
            for (var i = 0; i < count; i++)
            {
                if (parameters[i].Name == p.Name.Name)
                {
                    throw ResolutionError.At(WitDiagnostics.DuplicateName, Loc(p.Name), $"param `{p.Name.Name}` is defined more than once");
                }
            }

            parameters[count++] = new Param(p.Name.Name, type);
        }

        WitType? result;
        if (kind == FunctionKind.Constructor)
        {
            result = func.Result is { } declared ? ResolveConstructorResult(resource!.Value, declared) : WitType.Of(resource!.Value);
        }
        else
        {
            result = func.Result is { } r ? ResolveType(r, Model.Stability.Unknown) : null;
        }

        return new Function(name, kind, resource, parameters, result, docs.Contents, stability, location);
    }

    private WitType ResolveConstructorResult(TypeId resource, TypeSyntax syntax)
    {
        var result = ResolveType(syntax, Model.Stability.Unknown);
        if (result.IsPrimitive || Types[result.Id.Index].Kind is not ResultKind r)
        {
            throw ResolutionError.At(WitDiagnostics.InvalidType, Loc(syntax.Span), "if a constructor return type is declared it must be a `result`. Write `constructor(…) -> result<R, E>` with the resource as `R`");
        }

        if (r.Ok is { IsPrimitive: false } ok && ok.Id == resource)
        {
            return result;
        }

        var okSpan = syntax is ResultTypeSyntax { Ok: { } okSyntax } ? okSyntax.Span : syntax.Span;
        throw ResolutionError.At(WitDiagnostics.InvalidType, Loc(okSpan), "the `ok` type must be the resource being constructed. Use the resource's own name as the `ok` type");
    }
}
