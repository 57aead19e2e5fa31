using System.Globalization;
using System.Text.Json.Nodes;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Tests.Conformance;

/// <summary>Turns a <see cref="WitModel"/> into the canonical form of <see cref="CanonicalResolve"/>.</summary>
internal sealed class ActualResolveJson
{
    private readonly WitModel _model;
    private readonly Dictionary<int, string> _anonymousInterfaceNames = new();

    private ActualResolveJson(WitModel model)
    {
        _model = model;
        for (var w = 0; w < model.Worlds.Count; w++)
        {
            var world = model.Worlds[w];
            foreach (var (direction, entries) in new[] { ("imports", world.Imports), ("exports", world.Exports) })
            {
                foreach (var entry in entries)
                {
                    if (entry.Item is WorldInterfaceItem item && model.Interfaces[item.Interface.Index].Name is null && entry.Key.Name is { } key)
                    {
                        _anonymousInterfaceNames.TryAdd(item.Interface.Index, $"{WorldName(w)}/{direction}/{key}");
                    }
                }
            }
        }
    }

    /// <summary>Converts a model into canonical form.</summary>
    public static JsonObject Canonicalize(WitModel model) => new ActualResolveJson(model).Build();

    private JsonObject Build()
    {
        var packages = _model.Packages.Select(p => new KeyValuePair<string, JsonNode?>(
            p.Name.ToString(),
            CanonicalResolve.Package(p.Docs, p.Interfaces.Select(i => i.Name), p.Worlds.Select(w => w.Name))));

        var interfaces = _model.Interfaces.Select((iface, i) => new KeyValuePair<string, JsonNode?>(
            InterfaceName(i),
            CanonicalResolve.Interface(
                iface.Docs,
                Stability(iface.Stability),
                iface.Types.Select(t => new KeyValuePair<string, JsonNode?>(t.Name, NamedType(t.Id))),
                iface.Functions.Select(f => new KeyValuePair<string, JsonNode?>(f.Name, Function(f))))));

        var worlds = _model.Worlds.Select((world, w) => new KeyValuePair<string, JsonNode?>(
            WorldName(w),
            CanonicalResolve.World(world.Docs, Stability(world.Stability), world.Imports.Select(WorldEntry), world.Exports.Select(WorldEntry))));

        return CanonicalResolve.Document(packages, interfaces, worlds);
    }

    private (string Key, JsonNode Item) WorldEntry(WorldEntry entry)
    {
        var key = entry.Key.Interface is { } id ? "iface " + InterfaceName(id.Index) : "name " + entry.Key.Name;
        JsonNode item = entry.Item switch
        {
            WorldInterfaceItem i => CanonicalResolve.InterfaceItem(InterfaceName(i.Interface.Index), Stability(i.Stability)),
            WorldFunctionItem f => new JsonObject { ["function"] = Function(f.Function) },
            WorldTypeItem t => new JsonObject { ["type"] = TypeRef(WitType.Of(t.Type)) },
            _ => JsonValue.Create("unknown world item")!,
        };
        return (key, item);
    }

    private JsonObject Function(Function f)
    {
        var kind = f.Kind switch
        {
            FunctionKind.Freestanding => "freestanding",
            FunctionKind.AsyncFreestanding => "async-freestanding",
            FunctionKind.Method => "method",
            FunctionKind.AsyncMethod => "async-method",
            FunctionKind.Static => "static",
            FunctionKind.AsyncStatic => "async-static",
            FunctionKind.Constructor => "constructor",
            _ => "unknown",
        };
        if (f.Resource is { } resource)
        {
            kind += " " + TypeRef(WitType.Of(resource));
        }

        return CanonicalResolve.Function(
            f.Name,
            kind,
            f.Params.Select(p => (p.Name, TypeRef(p.Type))),
            f.Result is { } r ? TypeRef(r) : null,
            f.Docs,
            Stability(f.Stability));
    }

    private JsonObject NamedType(TypeId id)
    {
        var t = _model.Types[id.Index];
        return CanonicalResolve.NamedType(Kind(t.Kind), t.Docs, Stability(t.Stability));
    }

    private string TypeRef(WitType type)
    {
        if (type.Primitive is { } p)
        {
            return Primitive(p);
        }

        var t = _model.Types[type.Id.Index];
        return t.Name is not null ? $"{Owner(t.Owner)}#{t.Name}" : Kind(t.Kind).ToJsonString();
    }

    private string? TypeRefOrNull(WitType? type) => type is { } t ? TypeRef(t) : null;

    private JsonNode Kind(TypeDefKind kind) => kind switch
    {
        AliasKind a => CanonicalResolve.Kind("type", TypeRef(a.Target)),
        RecordKind r => CanonicalResolve.Record(r.Fields.Select(f => (f.Name, TypeRef(f.Type), f.Docs))),
        VariantKind v => CanonicalResolve.Variant(v.Cases.Select(c => (c.Name, TypeRefOrNull(c.Type), c.Docs))),
        EnumKind e => CanonicalResolve.Cases("enum", e.Cases.Select(c => (c.Name, c.Docs))),
        FlagsKind f => CanonicalResolve.Cases("flags", f.Flags.Select(c => (c.Name, c.Docs))),
        TupleKind t => CanonicalResolve.Kind("tuple", t.Types.Select(TypeRef).ToArray()),
        ListKind l => CanonicalResolve.Kind("list", TypeRef(l.Element)),
        OptionKind o => CanonicalResolve.Kind("option", TypeRef(o.Element)),
        FixedLengthListKind l => CanonicalResolve.Kind("fixed-length-list", TypeRef(l.Element), l.Length.ToString(CultureInfo.InvariantCulture)),
        MapKind m => CanonicalResolve.Kind("map", TypeRef(m.Key), TypeRef(m.Value)),
        ResultKind r => CanonicalResolve.Kind("result", TypeRefOrNull(r.Ok) ?? "_", TypeRefOrNull(r.Err) ?? "_"),
        FutureKind f => CanonicalResolve.Kind("future", TypeRefOrNull(f.Element) ?? "_"),
        StreamKind s => CanonicalResolve.Kind("stream", TypeRefOrNull(s.Element) ?? "_"),
        HandleKind h => CanonicalResolve.Kind(h.Ownership == HandleOwnership.Own ? "handle own" : "handle borrow", TypeRef(WitType.Of(h.Resource))),
        ResourceKind => CanonicalResolve.Kind("resource"),
        _ => CanonicalResolve.Kind("unknown " + kind.GetType().Name),
    };

    private static string Primitive(global::WitBindgen.Wit.Syntax.PrimitiveKind kind) => kind switch
    {
        global::WitBindgen.Wit.Syntax.PrimitiveKind.ErrorContext => "error-context",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private string Owner(TypeOwner owner) => owner.Kind switch
    {
        TypeOwnerKind.Interface => InterfaceName(owner.Index),
        TypeOwnerKind.World => WorldName(owner.Index),
        _ => "<none>",
    };

    private string InterfaceName(int index)
    {
        var iface = _model.Interfaces[index];
        if (iface.Name is not null && iface.Package is { } pkg)
        {
            return CanonicalResolve.QualifiedName(_model.Packages[pkg.Index].Name.ToString(), iface.Name);
        }

        return _anonymousInterfaceNames.TryGetValue(index, out var anon) ? anon : $"<anonymous interface {index}>";
    }

    private string WorldName(int index)
    {
        var world = _model.Worlds[index];
        return $"{_model.Packages[world.Package.Index].Name}/{world.Name}";
    }

    private static string? Stability(Stability stability) => stability.Kind switch
    {
        StabilityKind.Stable => CanonicalResolve.Stability("stable", stability.Since?.ToString(), stability.Deprecated?.ToString()),
        StabilityKind.Unstable => CanonicalResolve.Stability("unstable", stability.Feature, stability.Deprecated?.ToString()),
        _ => null,
    };
}
