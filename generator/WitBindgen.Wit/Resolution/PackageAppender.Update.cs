using System.Runtime.CompilerServices;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

// Rewrites local ids into final ids.
internal sealed partial class PackageAppender
{
    private TypeDefKind UpdateKind(TypeDefKind kind, SourceLocation span, SourceLocation[]? fieldSpans)
    {
        switch (kind)
        {
            case HandleKind h:
                return new HandleKind(h.Ownership, MapType(h.Resource, span));
            case RecordKind r:
                var fields = new Field[r.Fields.Count];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = r.Fields[i] with { Type = UpdateType(r.Fields[i].Type, fieldSpans is not null && i < fieldSpans.Length ? fieldSpans[i] : span) };
                }

                return new RecordKind(fields);
            case TupleKind t:
                return new TupleKind(UpdateTypes(t.Types, span));
            case VariantKind v:
                var cases = new Case[v.Cases.Count];
                for (var i = 0; i < cases.Length; i++)
                {
                    cases[i] = v.Cases[i].Type is { } ct ? v.Cases[i] with { Type = UpdateType(ct, span) } : v.Cases[i];
                }

                return new VariantKind(cases);
            case OptionKind o:
                return new OptionKind(UpdateType(o.Element, span));
            case ListKind l:
                return new ListKind(UpdateType(l.Element, span));
            case FixedLengthListKind f:
                return new FixedLengthListKind(UpdateType(f.Element, span), f.Length);
            case FutureKind { Element: { } fe }:
                return new FutureKind(UpdateType(fe, span));
            case StreamKind { Element: { } se }:
                return new StreamKind(UpdateType(se, span));
            case MapKind m:
                return new MapKind(UpdateType(m.Key, span), UpdateType(m.Value, span));
            case ResultKind res:
                return new ResultKind(res.Ok is { } ok ? UpdateType(ok, span) : null, res.Err is { } err ? UpdateType(err, span) : null);
            case AliasKind { Target: { IsPrimitive: false } target }:
                // `type a = r` stays an alias: `a` is usable both as the resource and as a handle to it.
                return new AliasKind(WitType.Of(MapType(target.Id, span)));
            default:
                return kind;
        }
    }

    private EquatableArray<WitType> UpdateTypes(EquatableArray<WitType> types, SourceLocation? span)
    {
        var result = new WitType[types.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = UpdateType(types[i], span);
        }

        return result;
    }

    /// <summary>Maps a type reference; a reference to a resource becomes a (shared) anonymous <c>own</c> handle.</summary>
    private WitType UpdateType(WitType type, SourceLocation? span)
    {
        if (type.IsPrimitive)
        {
            return type;
        }

        var id = MapType(type.Id, span);
        var current = id;
        for (var guard = 0; guard <= _state.Types.Count; guard++)
        {
            var kind = _state.Types[current.Index].Kind;
            if (kind is AliasKind { Target: { IsPrimitive: false } next })
            {
                current = next.Id;
                continue;
            }

            if (kind is ResourceKind)
            {
                if (!_ownHandles.TryGetValue(id, out var own))
                {
                    own = _state.AddType(new TypeData(null, new HandleKind(HandleOwnership.Own, id), TypeOwner.None, null, Stability.Unknown, null));
                    _ownHandles.Add(id, own);
                }

                return WitType.Of(own);
            }

            break;
        }

        return WitType.Of(id);
    }

    private void UpdateInterface(InterfaceData iface, InterfaceSpans spans)
    {
        var types = new OrderedMap<string, TypeId>(iface.Types.Count);
        for (var i = 0; i < iface.Types.Count; i++)
        {
            if (_types[iface.Types.ValueAt(i).Index] is { } id)
            {
                types.Set(iface.Types.KeyAt(i), id);
            }
        }

        iface.Types = types;
        var functions = new OrderedMap<string, Function>(iface.Functions.Count);
        for (var i = 0; i < iface.Functions.Count; i++)
        {
            var function = iface.Functions.ValueAt(i);
            var span = i < spans.Functions.Count ? spans.Functions[i] : spans.Location;
            if (_state.IncludeStability(function.Stability, _package, span))
            {
                functions.Set(iface.Functions.KeyAt(i), UpdateFunction(function, span));
            }
        }

        iface.Functions = functions;
    }

    private Function UpdateFunction(Function function, SourceLocation span)
    {
        var resource = function.Resource is { } r ? MapType(r, span) : (TypeId?)null;
        var parameters = new Param[function.Params.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = function.Params[i] with { Type = UpdateType(function.Params[i].Type, span) };
        }

        var result = function.Result is { } res ? UpdateType(res, span) : (WitType?)null;
        if (result is { } t && HasBorrow(t, 0))
        {
            throw ResolutionError.At(WitDiagnostics.BorrowInResult, span, function.Name);
        }

        return function with { Resource = resource, Params = parameters, Result = result };
    }

    private bool HasBorrow(WitType type, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (type.IsPrimitive || depth > _state.Types.Count)
        {
            return false;
        }

        if (_hasBorrow.TryGetValue(type.Id, out var known))
        {
            return known;
        }

        var result = _state.Types[type.Id.Index].Kind switch
        {
            AliasKind a => HasBorrow(a.Target, depth + 1),
            HandleKind h => h.Ownership == HandleOwnership.Borrow,
            RecordKind r => r.Fields.Any(f => HasBorrow(f.Type, depth + 1)),
            VariantKind v => v.Cases.Any(c => c.Type is { } ct && HasBorrow(ct, depth + 1)),
            TupleKind t => t.Types.Any(e => HasBorrow(e, depth + 1)),
            ListKind l => HasBorrow(l.Element, depth + 1),
            FixedLengthListKind f => HasBorrow(f.Element, depth + 1),
            OptionKind o => HasBorrow(o.Element, depth + 1),
            FutureKind { Element: { } fe } => HasBorrow(fe, depth + 1),
            StreamKind { Element: { } se } => HasBorrow(se, depth + 1),
            MapKind m => HasBorrow(m.Key, depth + 1) || HasBorrow(m.Value, depth + 1),
            ResultKind res => (res.Ok is { } ok && HasBorrow(ok, depth + 1)) || (res.Err is { } err && HasBorrow(err, depth + 1)),
            _ => false,
        };
        _hasBorrow[type.Id] = result;
        return result;
    }

    private void UpdateWorld(WorldData world, WorldSpans spans)
    {
        var imports = world.Imports;
        var exports = world.Exports;
        world.Imports = new OrderedMap<WorldKey, WorldItem>(imports.Count);
        world.Exports = new OrderedMap<WorldKey, WorldItem>(exports.Count);
        UpdateWorldItems(imports, spans.Imports, world.Imports);
        UpdateWorldItems(exports, spans.Exports, world.Exports);
    }

    private void UpdateWorldItems(OrderedMap<WorldKey, WorldItem> items, List<SourceLocation> spans, OrderedMap<WorldKey, WorldItem> destination)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var key = items.KeyAt(i);
            var item = items.ValueAt(i);
            var span = spans[i];
            if (item is WorldTypeItem typeItem)
            {
                item = new WorldTypeItem(MapType(typeItem.Type, span));
            }

            var stability = item switch
            {
                WorldInterfaceItem it => it.Stability,
                WorldFunctionItem f => f.Function.Stability,
                WorldTypeItem t => _state.Types[t.Type.Index].Stability,
                _ => Stability.Unknown,
            };
            if (!_state.IncludeStability(stability, _package, span))
            {
                continue;
            }

            if (key.Interface is { } keyId)
            {
                key = WorldKey.Of(MapInterface(keyId, span));
            }

            item = item switch
            {
                WorldInterfaceItem it => it with { Interface = MapInterface(it.Interface, span) },
                WorldFunctionItem f => new WorldFunctionItem(UpdateFunction(f.Function, span)),
                _ => item,
            };
            destination.Set(key, item);
        }
    }
}
