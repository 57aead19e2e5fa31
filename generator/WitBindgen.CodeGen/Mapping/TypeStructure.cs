using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Mapping;

/// <summary>Facts about WIT type definitions that every emitter needs.</summary>
internal static class TypeStructure
{
    /// <summary>
    /// Whether a type definition becomes a C# type declaration of its own: a named record, variant, enum,
    /// flags or resource. Everything else (aliases, <c>type bytes = list&lt;u8&gt;</c>, anonymous types) is
    /// written structurally where it is used, because C# has no type aliases that cross files.
    /// </summary>
    public static bool IsDeclared(TypeDef def) =>
        def.Name is not null && def.Kind is RecordKind or VariantKind or EnumKind or FlagsKind or ResourceKind;

    /// <summary>The types a definition refers to directly (fields, cases, elements, the resource of a handle).</summary>
    public static IEnumerable<WitType> Children(TypeDefKind kind)
    {
        switch (kind)
        {
            case AliasKind a:
                yield return a.Target;
                break;
            case RecordKind r:
                foreach (var f in r.Fields)
                {
                    yield return f.Type;
                }

                break;
            case VariantKind v:
                foreach (var c in v.Cases)
                {
                    if (c.Type is { } t)
                    {
                        yield return t;
                    }
                }

                break;
            case TupleKind t:
                foreach (var e in t.Types)
                {
                    yield return e;
                }

                break;
            case ListKind l:
                yield return l.Element;
                break;
            case FixedLengthListKind fl:
                yield return fl.Element;
                break;
            case MapKind m:
                yield return m.Key;
                yield return m.Value;
                break;
            case OptionKind o:
                yield return o.Element;
                break;
            case ResultKind res:
                if (res.Ok is { } ok)
                {
                    yield return ok;
                }

                if (res.Err is { } err)
                {
                    yield return err;
                }

                break;
            case FutureKind { Element: { } fe }:
                yield return fe;
                break;
            case StreamKind { Element: { } se }:
                yield return se;
                break;
            case HandleKind h:
                yield return WitType.Of(h.Resource);
                break;
        }
    }

    /// <summary>The parameter and result types of a function.</summary>
    public static IEnumerable<WitType> Signature(Function function)
    {
        foreach (var p in function.Params)
        {
            yield return p.Type;
        }

        if (function.Result is { } result)
        {
            yield return result;
        }
    }
}
