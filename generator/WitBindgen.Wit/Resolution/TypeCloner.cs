using System.Runtime.CompilerServices;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Resolution;

/// <summary>
/// Copies the types, functions and inline interfaces an <c>include</c> brings into a world, so the
/// including world owns its own copies (wit-parser's <c>Cloner</c>).
/// </summary>
internal sealed class TypeCloner
{
    private readonly ResolveState _state;
    private readonly TypeOwner _previousOwner;
    private readonly TypeOwner _newOwner;
    private readonly PackageId _package;
    private readonly Dictionary<TypeId, TypeId> _copies = new();

    public TypeCloner(ResolveState state, TypeOwner previousOwner, TypeOwner newOwner, PackageId package)
    {
        _state = state;
        _previousOwner = previousOwner;
        _newOwner = newOwner;
        _package = package;
    }

    /// <summary>Copies an item imported or exported under a plain name.</summary>
    public WorldItem WorldItem(WorldItem item) => item switch
    {
        WorldTypeItem t => new WorldTypeItem(Type(t.Type)),
        WorldFunctionItem f => new WorldFunctionItem(Function(f.Function)),
        WorldInterfaceItem i => i with { Interface = Interface(i.Interface) },
        _ => item,
    };

    private TypeId Type(TypeId id)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_copies.TryGetValue(id, out var copy))
        {
            return copy;
        }

        var type = _state.Types[id.Index].Clone();
        if (type.Owner.Kind != TypeOwnerKind.None)
        {
            type.Owner = _newOwner;
        }

        type.Kind = type.Kind switch
        {
            AliasKind { Target: { IsPrimitive: false } target } when _state.Types[target.Id.Index].Owner == _previousOwner => new AliasKind(WitType.Of(Type(target.Id))),
            HandleKind h => h with { Resource = Type(h.Resource) },
            OptionKind o => new OptionKind(Ref(o.Element)),
            ListKind l => new ListKind(Ref(l.Element)),
            FixedLengthListKind f => f with { Element = Ref(f.Element) },
            MapKind m => new MapKind(Ref(m.Key), Ref(m.Value)),
            TupleKind t => new TupleKind(Refs(t.Types)),
            RecordKind r => new RecordKind(r.Fields.Select(f => f with { Type = Ref(f.Type) }).ToEquatableArray()),
            VariantKind v => new VariantKind(v.Cases.Select(c => c.Type is { } ct ? c with { Type = Ref(ct) } : c).ToEquatableArray()),
            ResultKind res => new ResultKind(res.Ok is { } ok ? Ref(ok) : null, res.Err is { } err ? Ref(err) : null),
            FutureKind { Element: { } fe } => new FutureKind(Ref(fe)),
            StreamKind { Element: { } se } => new StreamKind(Ref(se)),
            _ => type.Kind,
        };
        copy = _state.AddType(type);
        _copies[id] = copy;
        return copy;
    }

    private WitType Ref(WitType type) => type.IsPrimitive ? type : WitType.Of(Type(type.Id));

    private EquatableArray<WitType> Refs(EquatableArray<WitType> types)
    {
        var result = new WitType[types.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Ref(types[i]);
        }

        return result;
    }

    private Function Function(Function function)
    {
        var parameters = new Param[function.Params.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = function.Params[i] with { Type = Ref(function.Params[i].Type) };
        }

        return function with
        {
            Resource = function.Resource is { } r ? Type(r) : null,
            Params = parameters,
            Result = function.Result is { } res ? Ref(res) : null,
        };
    }

    private InterfaceId Interface(InterfaceId id)
    {
        var copy = _state.Interfaces[id.Index].Clone();
        var nextId = new InterfaceId(_state.Interfaces.Count);
        var inner = new TypeCloner(_state, TypeOwner.Of(id), TypeOwner.Of(nextId), _package);
        for (var i = 0; i < copy.Types.Count; i++)
        {
            copy.Types.SetValueAt(i, inner.Type(copy.Types.ValueAt(i)));
        }

        for (var i = 0; i < copy.Functions.Count; i++)
        {
            copy.Functions.SetValueAt(i, inner.Function(copy.Functions.ValueAt(i)));
        }

        copy.Package = _package;
        _state.Interfaces.Add(copy);
        return nextId;
    }
}
