using System.Globalization;
using System.Text.Json.Nodes;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Resolution;

/// <summary>
/// Writes a <see cref="WitModel"/> in the JSON form wit-parser serializes its <c>Resolve</c> to, arena
/// indices included, so a resolution can be compared index for index with a <c>.wit.json</c>.
/// </summary>
internal static class WitParserJson
{
    public static JsonObject Write(WitModel model) => new()
    {
        ["worlds"] = Array(model.Worlds, w => World(model, w)),
        ["interfaces"] = Array(model.Interfaces, Interface),
        ["types"] = Array(model.Types, Type),
        ["packages"] = Array(model.Packages, Package),
    };

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode> write) => new(items.Select(write).ToArray());

    private static JsonObject Package(Package p)
    {
        var o = new JsonObject { ["name"] = p.Name.ToString() };
        AddDocs(o, p.Docs);
        o["interfaces"] = Map(p.Interfaces.Select(i => (i.Name, (JsonNode)i.Id.Index)));
        o["worlds"] = Map(p.Worlds.Select(w => (w.Name, (JsonNode)w.Id.Index)));
        return o;
    }

    private static JsonObject World(WitModel model, World w)
    {
        var o = new JsonObject
        {
            ["name"] = w.Name,
            ["imports"] = Map(w.Imports.Select(e => (Key(e.Key), Item(e.Item)))),
            ["exports"] = Map(w.Exports.Select(e => (Key(e.Key), Item(e.Item)))),
            ["package"] = w.Package.Index,
        };
        AddDocs(o, w.Docs);
        AddStability(o, w.Stability);
        return o;
    }

    private static string Key(WorldKey key) => key.Name ?? $"interface-{key.Interface!.Value.Index}";

    private static JsonNode Item(WorldItem item) => item switch
    {
        WorldInterfaceItem i => new JsonObject { ["interface"] = WithStability(new JsonObject { ["id"] = i.Interface.Index }, i.Stability) },
        WorldFunctionItem f => new JsonObject { ["function"] = Function(f.Function) },
        WorldTypeItem t => new JsonObject { ["type"] = t.Type.Index },
        _ => throw new InvalidOperationException(),
    };

    private static JsonObject Interface(Interface i)
    {
        var o = new JsonObject
        {
            ["name"] = i.Name,
            ["types"] = Map(i.Types.Select(t => (t.Name, (JsonNode)t.Id.Index))),
            ["functions"] = Map(i.Functions.Select(f => (f.Name, (JsonNode)Function(f)))),
        };
        AddDocs(o, i.Docs);
        AddStability(o, i.Stability);
        o["package"] = i.Package?.Index;
        return o;
    }

    private static JsonObject Type(TypeDef t)
    {
        var o = new JsonObject
        {
            ["name"] = t.Name,
            ["kind"] = Kind(t.Kind),
            ["owner"] = t.Owner.Kind switch
            {
                TypeOwnerKind.Interface => new JsonObject { ["interface"] = t.Owner.Index },
                TypeOwnerKind.World => new JsonObject { ["world"] = t.Owner.Index },
                _ => null,
            },
        };
        AddDocs(o, t.Docs);
        AddStability(o, t.Stability);
        return o;
    }

    private static JsonNode Kind(TypeDefKind kind) => kind switch
    {
        AliasKind a => new JsonObject { ["type"] = Ref(a.Target) },
        RecordKind r => new JsonObject { ["record"] = new JsonObject { ["fields"] = Array(r.Fields, f => WithDocs(new JsonObject { ["name"] = f.Name, ["type"] = Ref(f.Type) }, f.Docs)) } },
        VariantKind v => new JsonObject { ["variant"] = new JsonObject { ["cases"] = Array(v.Cases, c => WithDocs(new JsonObject { ["name"] = c.Name, ["type"] = c.Type is { } t ? Ref(t) : null }, c.Docs)) } },
        EnumKind e => new JsonObject { ["enum"] = new JsonObject { ["cases"] = Array(e.Cases, c => WithDocs(new JsonObject { ["name"] = c.Name }, c.Docs)) } },
        FlagsKind f => new JsonObject { ["flags"] = new JsonObject { ["flags"] = Array(f.Flags, c => WithDocs(new JsonObject { ["name"] = c.Name }, c.Docs)) } },
        TupleKind t => new JsonObject { ["tuple"] = new JsonObject { ["types"] = Array(t.Types, Ref) } },
        ListKind l => new JsonObject { ["list"] = Ref(l.Element) },
        FixedLengthListKind f => new JsonObject { ["fixed-length-list"] = new JsonArray(Ref(f.Element), f.Length) },
        MapKind m => new JsonObject { ["map"] = new JsonArray(Ref(m.Key), Ref(m.Value)) },
        OptionKind o => new JsonObject { ["option"] = Ref(o.Element) },
        ResultKind r => new JsonObject { ["result"] = new JsonObject { ["ok"] = r.Ok is { } ok ? Ref(ok) : null, ["err"] = r.Err is { } err ? Ref(err) : null } },
        FutureKind f => new JsonObject { ["future"] = f.Element is { } fe ? Ref(fe) : null },
        StreamKind s => new JsonObject { ["stream"] = s.Element is { } se ? Ref(se) : null },
        HandleKind h => new JsonObject { ["handle"] = new JsonObject { [h.Ownership == HandleOwnership.Own ? "own" : "borrow"] = h.Resource.Index } },
        ResourceKind => JsonValue.Create("resource"),
        _ => throw new InvalidOperationException(kind.GetType().Name),
    };

    private static JsonObject Function(Function f)
    {
        var kind = f.Kind switch
        {
            FunctionKind.Freestanding => JsonValue.Create("freestanding"),
            FunctionKind.AsyncFreestanding => JsonValue.Create("async-freestanding"),
            _ => (JsonNode)new JsonObject
            {
                [f.Kind switch
                {
                    FunctionKind.Method => "method",
                    FunctionKind.AsyncMethod => "async-method",
                    FunctionKind.Static => "static",
                    FunctionKind.AsyncStatic => "async-static",
                    _ => "constructor",
                }] = f.Resource!.Value.Index,
            },
        };
        var o = new JsonObject
        {
            ["name"] = f.Name,
            ["kind"] = kind,
            ["params"] = Array(f.Params, p => new JsonObject { ["name"] = p.Name, ["type"] = Ref(p.Type) }),
        };
        if (f.Result is { } result)
        {
            o["result"] = Ref(result);
        }

        AddDocs(o, f.Docs);
        AddStability(o, f.Stability);
        return o;
    }

    private static JsonNode Ref(WitType t) => t.Primitive is { } p ? JsonValue.Create(Primitive(p)) : JsonValue.Create(t.Id.Index);

    private static string Primitive(PrimitiveKind kind) => kind == PrimitiveKind.ErrorContext ? "error-context" : kind.ToString().ToLowerInvariant();

    private static JsonObject Map(IEnumerable<(string Key, JsonNode Value)> entries)
    {
        var o = new JsonObject();
        foreach (var (key, value) in entries)
        {
            o[key] = value;
        }

        return o;
    }

    private static JsonObject WithDocs(JsonObject o, string? docs)
    {
        AddDocs(o, docs);
        return o;
    }

    private static void AddDocs(JsonObject o, string? docs)
    {
        if (docs is not null)
        {
            o["docs"] = new JsonObject { ["contents"] = docs };
        }
    }

    private static JsonObject WithStability(JsonObject o, Stability s)
    {
        AddStability(o, s);
        return o;
    }

    private static void AddStability(JsonObject o, Stability s)
    {
        JsonObject inner;
        string key;
        switch (s.Kind)
        {
            case StabilityKind.Stable:
                key = "stable";
                inner = new JsonObject { ["since"] = s.Since!.ToString() };
                break;
            case StabilityKind.Unstable:
                key = "unstable";
                inner = new JsonObject { ["feature"] = s.Feature };
                break;
            default:
                return;
        }

        if (s.Deprecated is { } d)
        {
            inner["deprecated"] = d.ToString();
        }

        o["stability"] = new JsonObject { [key] = inner };
    }
}
