using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Abi;

/// <summary>
/// Lays out a type arena. Each type is computed once, after the types it contains, using an explicit work
/// stack rather than recursion so that deep nesting cannot overflow the call stack; a reference back to a
/// type still being laid out (a cycle, which a resolved model never has) yields <see cref="CanonicalAbi.Unknown"/>.
/// </summary>
internal sealed class LayoutBuilder
{
    private readonly EquatableArray<TypeDef> _types;
    private readonly TypeLayout?[] _layouts;
    private readonly VisitState[] _states;
    private readonly Stack<int> _work = new();

    public LayoutBuilder(EquatableArray<TypeDef> types)
    {
        _types = types;
        _layouts = new TypeLayout?[types.Count];
        _states = new VisitState[types.Count];
    }

    private enum VisitState : byte
    {
        Pending,
        Visiting,
        Done,
    }

    /// <summary>Lays out every type, in arena order.</summary>
    public EquatableArray<TypeLayout> BuildAll()
    {
        var result = new TypeLayout[_types.Count];
        for (var i = 0; i < result.Length; i++)
        {
            Ensure(i);
            result[i] = _layouts[i] ?? CanonicalAbi.Unknown;
        }

        return result;
    }

    private void Ensure(int root)
    {
        if (_states[root] == VisitState.Done)
        {
            return;
        }

        _work.Push(root);
        while (_work.Count > 0)
        {
            var index = _work.Peek();
            if (_states[index] == VisitState.Done)
            {
                _work.Pop();
                continue;
            }

            _states[index] = VisitState.Visiting;
            var kind = _types[index]?.Kind;
            if (FirstPendingDependency(kind) is { } dependency)
            {
                _work.Push(dependency);
                continue;
            }

            _layouts[index] = Compute(kind);
            _states[index] = VisitState.Done;
            _work.Pop();
        }
    }

    /// <summary>A type the layout of <paramref name="kind"/> needs and that has not been visited yet.</summary>
    private int? FirstPendingDependency(TypeDefKind? kind)
    {
        foreach (var type in LayoutDependencies(kind))
        {
            if (type.Primitive is null && IsInArena(type.Id) && _states[type.Id.Index] == VisitState.Pending)
            {
                return type.Id.Index;
            }
        }

        return null;
    }

    /// <summary>The types whose layouts decide the layout of <paramref name="kind"/>: lists, handles and async types need none.</summary>
    private static IEnumerable<WitType> LayoutDependencies(TypeDefKind? kind)
    {
        switch (kind)
        {
            case AliasKind alias:
                yield return alias.Target;
                break;
            case RecordKind record:
                foreach (var field in record.Fields)
                {
                    yield return field.Type;
                }

                break;
            case TupleKind tuple:
                foreach (var type in tuple.Types)
                {
                    yield return type;
                }

                break;
            case VariantKind variant:
                foreach (var @case in variant.Cases)
                {
                    if (@case.Type is { } payload)
                    {
                        yield return payload;
                    }
                }

                break;
            case OptionKind option:
                yield return option.Element;
                break;
            case ResultKind result:
                if (result.Ok is { } ok)
                {
                    yield return ok;
                }

                if (result.Err is { } err)
                {
                    yield return err;
                }

                break;
            case FixedLengthListKind fixedList:
                yield return fixedList.Element;
                break;
        }
    }

    private TypeLayout Compute(TypeDefKind? kind) => kind switch
    {
        AliasKind alias => Lookup(alias.Target),
        RecordKind record => CanonicalAbi.RecordLayout(record.Fields.Select(f => Lookup(f.Type)).ToArray()),
        TupleKind tuple => CanonicalAbi.RecordLayout(tuple.Types.Select(Lookup).ToArray()),
        VariantKind variant => CanonicalAbi.VariantLayout(variant.Cases.Select(c => c.Type is { } t ? Lookup(t) : null).ToArray()),
        EnumKind @enum => CanonicalAbi.VariantLayout(new TypeLayout?[@enum.Cases.Count]),
        OptionKind option => CanonicalAbi.VariantLayout(new[] { null, Lookup(option.Element) }),
        ResultKind result => CanonicalAbi.VariantLayout(new[] { LookupOptional(result.Ok), LookupOptional(result.Err) }),
        FlagsKind flags => CanonicalAbi.FlagsLayout(flags.Flags.Count),
        FixedLengthListKind fixedList => CanonicalAbi.FixedLengthListLayout(Lookup(fixedList.Element), fixedList.Length),
        ListKind or MapKind => CanonicalAbi.PrimitiveLayout(Syntax.PrimitiveKind.String),
        HandleKind or ResourceKind or FutureKind or StreamKind => CanonicalAbi.PrimitiveLayout(Syntax.PrimitiveKind.U32),
        _ => CanonicalAbi.Unknown,
    };

    private TypeLayout? LookupOptional(WitType? type) => type is { } t ? Lookup(t) : null;

    private TypeLayout Lookup(WitType type)
    {
        if (type.Primitive is { } primitive)
        {
            return CanonicalAbi.PrimitiveLayout(primitive);
        }

        return IsInArena(type.Id) && _layouts[type.Id.Index] is { } layout ? layout : CanonicalAbi.Unknown;
    }

    private bool IsInArena(TypeId id) => id.Index >= 0 && id.Index < _types.Count;
}
