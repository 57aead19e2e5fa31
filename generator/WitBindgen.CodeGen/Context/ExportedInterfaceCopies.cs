using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// Gives the export side of interfaces a world both imports and exports its own copy of the interface, so its
/// resources are distinct from the imported ones, as they are in the component: the host implements the imported
/// <c>r</c> and the component the exported <c>r</c>, so host and guest bindings need a class for each.
/// </summary>
/// <remarks>
/// Only done when one of those interfaces declares a resource (otherwise both sides share the same C# types,
/// as before). The copy has the same name, so its exports keep their names; its types are copies of the original's
/// (and of the anonymous types that refer to them), and interfaces only exported that use its types are pointed at
/// the copies. Types of the world (a world-level <c>use</c>) and of imported interfaces keep referring to the originals,
/// which are the import side. The copy is planned like any other interface, in <c>Ns.Pkg.Exports.Iface</c>.
/// </remarks>
internal sealed class ExportedInterfaceCopies
{
    private readonly WitModel _model;
    private readonly Dictionary<int, int> _copiedInterfaces = new();
    private readonly Dictionary<int, bool> _needsCopy = new();
    private readonly Dictionary<int, int> _typeCopies = new();
    private readonly List<TypeDef> _types;
    private readonly List<TypeLayout> _layouts;

    private ExportedInterfaceCopies(WitModel model)
    {
        _model = model;
        _types = model.Types.ToList();
        _layouts = model.Layouts.ToList();
    }

    /// <summary>The model with the copies for <paramref name="worldId"/>, or <paramref name="model"/> itself when none are needed.</summary>
    public static WitModel Apply(WitModel model, WorldId worldId)
    {
        var items = WorldItems.From(model[worldId]);
        var imported = new HashSet<int>(items.ImportedInterfaces.Select(i => i.Index));
        var exported = items.ExportedInterfaces.Select(i => i.Index).ToList();
        var both = exported.Where(imported.Contains).ToList();
        var ownResources = new HashSet<TypeOwner>(model.Types.Where(t => t.Kind is ResourceKind).Select(t => t.Owner));
        if (!both.Any(i => ownResources.Contains(TypeOwner.Of(new InterfaceId(i)))))
        {
            return model;
        }

        return new ExportedInterfaceCopies(model).Copy(worldId, both, exported.Where(i => !imported.Contains(i)).ToList());
    }

    private WitModel Copy(WorldId worldId, IReadOnlyList<int> both, IReadOnlyList<int> exportOnly)
    {
        var interfaces = _model.Interfaces.ToList();
        foreach (var index in both)
        {
            _copiedInterfaces[index] = interfaces.Count + _copiedInterfaces.Count;
        }

        var copies = both.Select(index => Rewrite(_model.Interfaces[index])).ToList();
        foreach (var index in exportOnly)
        {
            interfaces[index] = Rewrite(_model.Interfaces[index]);
        }

        interfaces.AddRange(copies);
        var world = _model[worldId];
        var exports = world.Exports.Select(e => e.Item is WorldInterfaceItem item && _copiedInterfaces.TryGetValue(item.Interface.Index, out var copy)
            ? new WorldEntry(e.Key.Interface is null ? e.Key : WorldKey.Of(new InterfaceId(copy)), item with { Interface = new InterfaceId(copy) })
            : e);
        var worlds = _model.Worlds.ToList();
        worlds[worldId.Index] = world with { Exports = exports.ToEquatableArray() };
        return _model with
        {
            Interfaces = interfaces.ToEquatableArray(),
            Worlds = worlds.ToEquatableArray(),
            Types = _types.ToEquatableArray(),
            Layouts = _layouts.ToEquatableArray(),
        };
    }

    private Interface Rewrite(Interface iface) => iface with
    {
        Types = iface.Types.Select(t => new NamedType(t.Name, TypeOf(t.Id))).ToEquatableArray(),
        Functions = iface.Functions.Select(Rewrite).ToEquatableArray(),
    };

    private Function Rewrite(Function f) => f with
    {
        Resource = f.Resource is { } r ? TypeOf(r) : null,
        Params = f.Params.Select(p => p with { Type = Map(p.Type) }).ToEquatableArray(),
        Result = f.Result is { } result ? Map(result) : null,
    };

    private WitType Map(WitType type) => type.IsPrimitive ? type : WitType.Of(TypeOf(type.Id));

    private WitType? Map(WitType? type) => type is { } t ? Map(t) : null;

    // The copy of a type that is (or refers to) a type of a copied interface; any other type itself.
    private TypeId TypeOf(TypeId id)
    {
        if (!NeedsCopy(id, 0))
        {
            return id;
        }

        if (_typeCopies.TryGetValue(id.Index, out var existing))
        {
            return new TypeId(existing);
        }

        var index = _types.Count;
        _typeCopies[id.Index] = index;
        var def = _model[id];
        _types.Add(def);
        _layouts.Add(_model.Layouts[id.Index]);
        var owner = def.Owner.Kind == TypeOwnerKind.Interface && _copiedInterfaces.TryGetValue(def.Owner.Index, out var copy)
            ? TypeOwner.Of(new InterfaceId(copy))
            : def.Owner;
        _types[index] = def with { Kind = Rewrite(def.Kind), Owner = owner };
        return new TypeId(index);
    }

    private bool NeedsCopy(TypeId id, int depth)
    {
        if (_needsCopy.TryGetValue(id.Index, out var known))
        {
            return known;
        }

        var def = _model[id];
        var result = (def.Owner.Kind == TypeOwnerKind.Interface && _copiedInterfaces.ContainsKey(def.Owner.Index))
            || (depth < CSharpTypeMapper.MaxDepth && TypeReferences.Children(def.Kind).Any(c => !c.IsPrimitive && NeedsCopy(c.Id, depth + 1)));
        _needsCopy[id.Index] = result;
        return result;
    }

    private TypeDefKind Rewrite(TypeDefKind kind) => kind switch
    {
        AliasKind a => new AliasKind(Map(a.Target)),
        RecordKind r => new RecordKind(r.Fields.Select(f => f with { Type = Map(f.Type) }).ToEquatableArray()),
        VariantKind v => new VariantKind(v.Cases.Select(c => c with { Type = Map(c.Type) }).ToEquatableArray()),
        TupleKind t => new TupleKind(t.Types.Select(Map).ToEquatableArray()),
        ListKind l => new ListKind(Map(l.Element)),
        FixedLengthListKind fl => new FixedLengthListKind(Map(fl.Element), fl.Length),
        MapKind m => new MapKind(Map(m.Key), Map(m.Value)),
        OptionKind o => new OptionKind(Map(o.Element)),
        ResultKind r => new ResultKind(Map(r.Ok), Map(r.Err)),
        FutureKind f => new FutureKind(Map(f.Element)),
        StreamKind s => new StreamKind(Map(s.Element)),
        HandleKind h => new HandleKind(h.Ownership, TypeOf(h.Resource)),
        _ => kind,
    };
}
