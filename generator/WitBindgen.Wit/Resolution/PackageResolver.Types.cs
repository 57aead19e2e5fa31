using System.Runtime.CompilerServices;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Resolution;

// Type definitions, type expressions, anonymous types and gates.
internal sealed partial class PackageResolver
{
    // Far below what would exhaust the stack; the parser limits nesting well before this.
    private const int MaxDepth = 500;

    /// <summary>Defines the <c>use</c>d names, then the type definitions of one scope in dependency order.</summary>
    /// <param name="owner">The interface or world.</param>
    /// <param name="items">The scope's <c>use</c>s and type definitions in order.</param>
    private void ResolveTypes(TypeOwner owner, List<TypeItem> items)
    {
        foreach (var item in items)
        {
            if (item.Use is { } use)
            {
                ResolveUse(owner, use);
            }
        }

        var deps = new OrderedMap<string, List<NameRef>>();
        var defs = new OrderedMap<string, TypeDefSyntax?>();
        foreach (var item in items)
        {
            if (item.Def is { } def)
            {
                if (defs.Set(def.Name.Name, def))
                {
                    throw ResolutionError.At(WitDiagnostics.DuplicateName, Loc(def.Name), $"name `{def.Name.Name}` is defined more than once");
                }

                var refs = new List<NameRef>();
                CollectDeps(def, refs);
                deps.Set(def.Name.Name, refs);
            }
            else if (item.Use is { } use)
            {
                foreach (var n in use.Names)
                {
                    var name = (n.As ?? n.Name).Name;
                    deps.Set(name, new List<NameRef>());
                    defs.Set(name, null);
                }
            }
        }

        foreach (var name in Toposort.Sort("type", deps, RenamedFloatHint))
        {
            var def = defs.ValueAt(defs.IndexOf(name));
            if (def is null)
            {
                continue;
            }

            var stability = Stability(def.Gates);
            var kind = ResolveTypeDef(def, stability);
            var loc = Loc(def.Name);
            var id = AllocType(new TypeData(def.Name.Name, kind, owner, def.Docs.Contents, stability, loc), loc);
            if (def is RecordSyntax record)
            {
                var fieldSpans = new SourceLocation[record.Fields.Count];
                for (var i = 0; i < fieldSpans.Length; i++)
                {
                    fieldSpans[i] = Loc(record.Fields[i].Name);
                }

                _package.FieldSpans[id.Index] = fieldSpans;
            }

            DefineName(def.Name, Binding.Type(id, loc));
        }
    }

    /// <summary>A <c>use</c> or a type definition of an interface or world, in declaration order.</summary>
    private readonly record struct TypeItem(UseSyntax? Use, TypeDefSyntax? Def);

    private static string RenamedFloatHint(string name) => name switch
    {
        "float32" => "; the `float32` type has been renamed to `f32`",
        "float64" => "; the `float64` type has been renamed to `f64`",
        _ => string.Empty,
    };

    private void ResolveUse(TypeOwner owner, UseSyntax use)
    {
        var (item, name, span) = ResolveAstItemPath(use.Path);
        var from = ExtractInterface(item, name, span);
        var stability = Stability(use.Gates);
        foreach (var n in use.Names)
        {
            if (!_interfaceTypes[from].TryGetValue(n.Name.Name, out var binding))
            {
                throw ResolutionError.At(WitDiagnostics.NameNotFound, Loc(n.Name), "name", n.Name.Name, string.Empty);
            }

            if (binding.Item is { } what)
            {
                throw ResolutionError.At(WitDiagnostics.WrongKindOfItem, Loc(n.Name), $"cannot import {what} `{n.Name.Name}`; only types can be brought in by `use`");
            }

            var local = n.As ?? n.Name;
            var usedAt = Loc(n.Name);
            var localAt = n.As is { } renamed ? Loc(renamed) : usedAt;
            var id = AllocType(new TypeData(local.Name, new AliasKind(WitType.Of(binding.Id)), owner, null, stability, localAt), usedAt);
            DefineName(local, Binding.Type(id, localAt));
        }
    }

    private void CollectDeps(TypeDefSyntax def, List<NameRef> refs)
    {
        switch (def)
        {
            case TypeAliasSyntax alias:
                CollectDeps(alias.Type, refs, 0);
                break;
            case RecordSyntax record:
                foreach (var f in record.Fields)
                {
                    CollectDeps(f.Type, refs, 0);
                }

                break;
            case VariantSyntax variant:
                foreach (var c in variant.Cases)
                {
                    if (c.Type is { } t)
                    {
                        CollectDeps(t, refs, 0);
                    }
                }

                break;
        }
    }

    private void CollectDeps(TypeSyntax type, List<NameRef> refs, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (depth > MaxDepth)
        {
            throw ResolutionError.At(WitDiagnostics.NestingTooDeep, Loc(type.Span), "type");
        }

        switch (type)
        {
            case NamedTypeSyntax named:
                refs.Add(new NameRef(named.Name.Name, _file, named.Name.Span));
                break;
            case OwnTypeSyntax own:
                refs.Add(new NameRef(own.Resource.Name, _file, own.Resource.Span));
                break;
            case BorrowTypeSyntax borrow:
                refs.Add(new NameRef(borrow.Resource.Name, _file, borrow.Resource.Span));
                break;
            case ListTypeSyntax list:
                CollectDeps(list.Element, refs, depth + 1);
                break;
            case OptionTypeSyntax option:
                CollectDeps(option.Element, refs, depth + 1);
                break;
            case MapTypeSyntax map:
                CollectDeps(map.Key, refs, depth + 1);
                CollectDeps(map.Value, refs, depth + 1);
                break;
            case TupleTypeSyntax tuple:
                foreach (var t in tuple.Elements)
                {
                    CollectDeps(t, refs, depth + 1);
                }

                break;
            case ResultTypeSyntax result:
                if (result.Ok is { } ok)
                {
                    CollectDeps(ok, refs, depth + 1);
                }

                if (result.Err is { } err)
                {
                    CollectDeps(err, refs, depth + 1);
                }

                break;
            case FutureTypeSyntax { Element: { } f }:
                CollectDeps(f, refs, depth + 1);
                break;
            case StreamTypeSyntax { Element: { } s }:
                CollectDeps(s, refs, depth + 1);
                break;
        }
    }

    private TypeDefKind ResolveTypeDef(TypeDefSyntax def, Stability stability)
    {
        switch (def)
        {
            case TypeAliasSyntax alias:
                return ResolveTypeKind(alias.Type, stability);
            case RecordSyntax record:
                var fields = new Field[record.Fields.Count];
                for (var i = 0; i < fields.Length; i++)
                {
                    var f = record.Fields[i];
                    fields[i] = new Field(f.Name.Name, ResolveType(f.Type, stability), f.Docs.Contents);
                }

                return new RecordKind(fields);
            case VariantSyntax variant:
                if (variant.Cases.Count == 0)
                {
                    throw ResolutionError.At(WitDiagnostics.InvalidType, Loc(variant.Name), "empty variant. A variant needs at least one case");
                }

                var cases = new Case[variant.Cases.Count];
                for (var i = 0; i < cases.Length; i++)
                {
                    var c = variant.Cases[i];
                    cases[i] = new Case(c.Name.Name, c.Type is { } t ? ResolveType(t, stability) : null, c.Docs.Contents);
                }

                return new VariantKind(cases);
            case EnumSyntax e:
                if (e.Cases.Count == 0)
                {
                    throw ResolutionError.At(WitDiagnostics.InvalidType, Loc(e.Name), "empty enum. An enum needs at least one case");
                }

                var enumCases = new EnumCase[e.Cases.Count];
                for (var i = 0; i < enumCases.Length; i++)
                {
                    enumCases[i] = new EnumCase(e.Cases[i].Name.Name, e.Cases[i].Docs.Contents);
                }

                return new EnumKind(enumCases);
            case FlagsSyntax flags:
                var fl = new Flag[flags.Flags.Count];
                for (var i = 0; i < fl.Length; i++)
                {
                    fl[i] = new Flag(flags.Flags[i].Name.Name, flags.Flags[i].Docs.Contents);
                }

                return new FlagsKind(fl);
            case ResourceSyntax resource:
                var constructors = 0;
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var f in resource.Funcs)
                {
                    if (f.Kind == ResourceFuncKind.Constructor)
                    {
                        if (++constructors > 1)
                        {
                            throw ResolutionError.At(WitDiagnostics.DuplicateName, Loc(f.Name), "duplicate constructors");
                        }
                    }
                    else if (!names.Add(f.Name.Name))
                    {
                        throw ResolutionError.At(WitDiagnostics.DuplicateName, Loc(f.Name), $"duplicate function name `{f.Name.Name}`");
                    }
                }

                return ResourceKind.Instance;
            default:
                throw new InvalidOperationException("unknown type definition");
        }
    }

    private TypeDefKind ResolveTypeKind(TypeSyntax type, Stability stability)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++_depth > MaxDepth)
        {
            throw ResolutionError.At(WitDiagnostics.NestingTooDeep, Loc(type.Span), "type");
        }

        try
        {
            switch (type)
            {
                case PrimitiveTypeSyntax p:
                    return new AliasKind(WitType.Of(p.Kind));
                case NamedTypeSyntax named:
                    return new AliasKind(WitType.Of(ResolveTypeName(named.Name)));
                case ListTypeSyntax list:
                    var element = ResolveType(list.Element, stability);
                    return list.Length is { } n ? new FixedLengthListKind(element, n) : new ListKind(element);
                case MapTypeSyntax map:
                    var key = ResolveType(map.Key, stability);
                    var value = ResolveType(map.Value, stability);
                    if (key.Primitive is not (PrimitiveKind.Bool or PrimitiveKind.U8 or PrimitiveKind.U16 or PrimitiveKind.U32 or PrimitiveKind.U64
                        or PrimitiveKind.S8 or PrimitiveKind.S16 or PrimitiveKind.S32 or PrimitiveKind.S64 or PrimitiveKind.Char or PrimitiveKind.String))
                    {
                        throw ResolutionError.At(WitDiagnostics.InvalidType, Loc(map.Span), "invalid map key type: map keys must be bool, u8, u16, u32, u64, s8, s16, s32, s64, char, or string");
                    }

                    return new MapKind(key, value);
                case OwnTypeSyntax own:
                    return new HandleKind(HandleOwnership.Own, ValidateResource(own.Resource));
                case BorrowTypeSyntax borrow:
                    return new HandleKind(HandleOwnership.Borrow, ValidateResource(borrow.Resource));
                case TupleTypeSyntax tuple:
                    var types = new WitType[tuple.Elements.Count];
                    for (var i = 0; i < types.Length; i++)
                    {
                        types[i] = ResolveType(tuple.Elements[i], stability);
                    }

                    return new TupleKind(types);
                case OptionTypeSyntax option:
                    return new OptionKind(ResolveType(option.Element, stability));
                case ResultTypeSyntax result:
                    return new ResultKind(
                        result.Ok is { } ok ? ResolveType(ok, stability) : null,
                        result.Err is { } err ? ResolveType(err, stability) : null);
                case FutureTypeSyntax future:
                    return new FutureKind(future.Element is { } fe ? ResolveType(fe, stability) : null);
                case StreamTypeSyntax stream:
                    return new StreamKind(stream.Element is { } se ? ResolveType(se, stability) : null);
                default:
                    throw new InvalidOperationException("unknown type syntax");
            }
        }
        finally
        {
            _depth--;
        }
    }

    private TypeId ResolveTypeName(Identifier name)
    {
        if (!_typeLookup.TryGetValue(name.Name, out var binding))
        {
            throw ResolutionError.At(WitDiagnostics.NameNotFound, Loc(name), "name", name.Name, string.Empty);
        }

        if (binding.Item is { } what)
        {
            throw ResolutionError.At(WitDiagnostics.WrongKindOfItem, Loc(name), $"cannot use {what} `{name.Name}` as a type");
        }

        return binding.Id;
    }

    private TypeId ValidateResource(Identifier name)
    {
        var id = ResolveTypeName(name);
        var current = id;
        for (var guard = 0; guard <= Types.Count; guard++)
        {
            switch (Types[current.Index].Kind)
            {
                case ResourceKind:
                    return id;
                case AliasKind { Target: { IsPrimitive: false } target }:
                    current = target.Id;
                    continue;
                case UnknownKind:
                    _package.RequiredResourceTypes.Add((current, Loc(name)));
                    return id;
            }

            break;
        }

        throw ResolutionError.At(WitDiagnostics.InvalidType, Loc(name), $"type `{name.Name}` used in a handle must be a resource. Declare it with `resource {name.Name}`");
    }

    private WitType ResolveType(TypeSyntax type, Stability stability)
    {
        // Names and primitives stand for themselves (as AnonType would conclude), without building a kind.
        switch (type)
        {
            case PrimitiveTypeSyntax p:
                return WitType.Of(p.Kind);
            case NamedTypeSyntax named:
                return WitType.Of(ResolveTypeName(named.Name));
        }

        var kind = ResolveTypeKind(type, stability);
        return AnonType(kind, FindStability(kind, stability), type.Span);
    }

    /// <summary>Interns an anonymous type: the same structure within a package gets one id, as in wit-parser.</summary>
    private WitType AnonType(TypeDefKind kind, Stability stability, TextSpan span)
    {
        switch (kind)
        {
            case AliasKind alias:
                return alias.Target;
            case HandleKind { Ownership: HandleOwnership.Own } own:
                return WitType.Of(own.Resource);
        }

        if (!_anonTypes.TryGetValue(kind, out var id))
        {
            id = AllocType(new TypeData(null, kind, TypeOwner.None, null, stability, null), Loc(span));
            _anonTypes.Add(kind, id);
        }

        return WitType.Of(id);
    }

    /// <summary>An anonymous type without a gate of its own takes the gate of the first gated type it contains.</summary>
    private Stability FindStability(TypeDefKind kind, Stability stability)
    {
        if (stability.Kind != StabilityKind.Unknown)
        {
            return stability;
        }

        return kind switch
        {
            AliasKind a => Of(a.Target),
            HandleKind h => Of(WitType.Of(h.Resource)),
            TupleKind t => First(t.Types),
            ListKind l => Of(l.Element),
            FixedLengthListKind f => Of(f.Element),
            OptionKind o => Of(o.Element),
            MapKind m => Of(m.Key) ?? Of(m.Value),
            FutureKind { Element: { } fe } => Of(fe),
            StreamKind { Element: { } se } => Of(se),
            ResultKind r => (r.Ok is { } ok ? Of(ok) : null) ?? (r.Err is { } err ? Of(err) : null),
            _ => null,
        } ?? Model.Stability.Unknown;

        Stability? Of(WitType t) =>
            !t.IsPrimitive && Types[t.Id.Index].Stability is { Kind: not StabilityKind.Unknown } s ? s : null;

        Stability? First(EquatableArray<WitType> types)
        {
            foreach (var t in types)
            {
                if (Of(t) is { } s)
                {
                    return s;
                }
            }

            return null;
        }
    }

    /// <summary>The stability written with <c>@since</c>, <c>@unstable</c> and <c>@deprecated</c>.</summary>
    private Stability Stability(EquatableArray<GateSyntax> gates)
    {
        switch (gates.Count)
        {
            case 0:
                return Model.Stability.Unknown;
            case 1:
                return gates[0] switch
                {
                    SinceGate s => new Stability(StabilityKind.Stable, s.Version, null, null),
                    UnstableGate u => new Stability(StabilityKind.Unstable, null, u.Feature.Name, null),
                    _ => throw ResolutionError.At(WitDiagnostics.InvalidFeatureGate, Loc(gates[0].Span), "must pair @deprecated with either @since or @unstable"),
                };
            case 2:
                switch (gates[0], gates[1])
                {
                    case (SinceGate s, DeprecatedGate d):
                        return new Stability(StabilityKind.Stable, s.Version, null, d.Version);
                    case (DeprecatedGate d, SinceGate s):
                        return new Stability(StabilityKind.Stable, s.Version, null, d.Version);
                    case (UnstableGate u, DeprecatedGate d):
                        return new Stability(StabilityKind.Unstable, null, u.Feature.Name, d.Version);
                    case (DeprecatedGate d, UnstableGate u):
                        return new Stability(StabilityKind.Unstable, null, u.Feature.Name, d.Version);
                }

                break;
        }

        throw ResolutionError.At(WitDiagnostics.InvalidFeatureGate, Loc(gates[1].Span), "unsupported combination of attributes. Use `@since` or `@unstable`, optionally with `@deprecated`");
    }

    private Stability TryStability(EquatableArray<GateSyntax> gates)
    {
        try
        {
            return Stability(gates);
        }
        catch (ResolutionError)
        {
            return Model.Stability.Unknown;
        }
    }
}
