namespace WitBindgen.Wit.Model;

/// <summary>The types a type definition refers to directly, for walks over a type's structure.</summary>
public static class TypeReferences
{
    /// <summary>
    /// The types <paramref name="kind"/> refers to directly: an alias's target, fields, case payloads, tuple members,
    /// elements, a map's key and value, a result's two sides, and the resource of a handle.
    /// </summary>
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
}
