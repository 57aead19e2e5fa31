using System.Text.Json.Nodes;

namespace WitBindgen.Wit.Tests.Conformance;

/// <summary>
/// Turns wit-parser's serialized <c>Resolve</c> (a <c>.wit.json</c> file, arenas referenced by index)
/// into the canonical form of <see cref="CanonicalResolve"/>, where every reference is a qualified name.
/// </summary>
internal sealed class ExpectedResolveJson
{
    private readonly JsonArray _packages;
    private readonly JsonArray _interfaces;
    private readonly JsonArray _worlds;
    private readonly JsonArray _types;
    private readonly Dictionary<int, string> _anonymousInterfaceNames = new();

    private ExpectedResolveJson(JsonObject root)
    {
        _packages = root["packages"]!.AsArray();
        _interfaces = root["interfaces"]!.AsArray();
        _worlds = root["worlds"]!.AsArray();
        _types = root["types"]!.AsArray();

        for (var w = 0; w < _worlds.Count; w++)
        {
            foreach (var direction in new[] { "imports", "exports" })
            {
                foreach (var (key, item) in _worlds[w]![direction]!.AsObject())
                {
                    if (item!["interface"] is JsonObject iface)
                    {
                        var id = iface["id"]!.GetValue<int>();
                        if (_interfaces[id]!["name"] is null)
                        {
                            _anonymousInterfaceNames.TryAdd(id, $"{WorldName(w)}/{direction}/{key}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Reads a <c>.wit.json</c> file into canonical form.</summary>
    public static JsonObject Canonicalize(string json) => new ExpectedResolveJson(JsonNode.Parse(json)!.AsObject()).Build();

    private JsonObject Build()
    {
        var packages = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var p in _packages)
        {
            var interfaces = p!["interfaces"]!.AsObject().Select(kv => kv.Key).OrderBy(n => n, StringComparer.Ordinal);
            var worlds = p["worlds"]!.AsObject().Select(kv => kv.Key).OrderBy(n => n, StringComparer.Ordinal);
            packages[p["name"]!.GetValue<string>()] = CanonicalResolve.Package(Docs(p), interfaces, worlds);
        }

        var interfacesOut = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        for (var i = 0; i < _interfaces.Count; i++)
        {
            var iface = _interfaces[i]!;
            var types = iface["types"]!.AsObject().ToDictionary(kv => kv.Key, kv => (JsonNode?)NamedType(kv.Value!.GetValue<int>()));
            var functions = iface["functions"]!.AsObject().ToDictionary(kv => kv.Key, kv => (JsonNode?)Function(kv.Value!));
            interfacesOut[InterfaceName(i)] = CanonicalResolve.Interface(Docs(iface), Stability(iface["stability"]), types, functions);
        }

        var worldsOut = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        for (var w = 0; w < _worlds.Count; w++)
        {
            var world = _worlds[w]!;
            worldsOut[WorldName(w)] = CanonicalResolve.World(
                Docs(world),
                Stability(world["stability"]),
                world["imports"]!.AsObject().Select(kv => WorldEntry(kv.Key, kv.Value!)),
                world["exports"]!.AsObject().Select(kv => WorldEntry(kv.Key, kv.Value!)));
        }

        return CanonicalResolve.Document(packages, interfacesOut, worldsOut);
    }

    private (string Key, JsonNode Item) WorldEntry(string key, JsonNode item)
    {
        string canonicalKey = key.StartsWith("interface-", StringComparison.Ordinal) && int.TryParse(key.Substring("interface-".Length), out var id)
            ? "iface " + InterfaceName(id)
            : "name " + key;

        JsonNode value;
        if (item["interface"] is JsonObject iface)
        {
            value = CanonicalResolve.InterfaceItem(InterfaceName(iface["id"]!.GetValue<int>()), Stability(iface["stability"]));
        }
        else if (item["function"] is JsonObject func)
        {
            value = new JsonObject { ["function"] = Function(func) };
        }
        else
        {
            value = new JsonObject { ["type"] = TypeRef(item["type"]!) };
        }

        return (canonicalKey, value);
    }

    private JsonObject Function(JsonNode f)
    {
        var kind = f["kind"]!;
        string kindText;
        if (kind is JsonValue v)
        {
            kindText = v.GetValue<string>();
        }
        else
        {
            var (k, r) = kind.AsObject().Single();
            kindText = $"{k} {TypeRef(r!)}";
        }

        var parameters = f["params"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), TypeRef(p["type"]!)));
        var result = f["result"] is { } res ? TypeRef(res) : null;
        return CanonicalResolve.Function(f["name"]!.GetValue<string>(), kindText, parameters, result, Docs(f), Stability(f["stability"]));
    }

    private JsonObject NamedType(int index)
    {
        var t = _types[index]!;
        return CanonicalResolve.NamedType(Kind(t["kind"]!), Docs(t), Stability(t["stability"]));
    }

    private string TypeRef(JsonNode node)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var primitive))
        {
            return primitive;
        }

        var index = node.GetValue<int>();
        var t = _types[index]!;
        if (t["name"] is JsonValue name)
        {
            return $"{Owner(t["owner"])}#{name.GetValue<string>()}";
        }

        return Kind(t["kind"]!).ToJsonString();
    }

    private string Owner(JsonNode? owner)
    {
        if (owner is JsonObject o && o["interface"] is JsonValue i)
        {
            return InterfaceName(i.GetValue<int>());
        }

        if (owner is JsonObject w && w["world"] is JsonValue wv)
        {
            return WorldName(wv.GetValue<int>());
        }

        return "<none>";
    }

    private JsonNode Kind(JsonNode kind)
    {
        if (kind is JsonValue v)
        {
            return JsonValue.Create(v.GetValue<string>())!;
        }

        var (k, body) = kind.AsObject().Single();
        return k switch
        {
            "type" => CanonicalResolve.Kind("type", TypeRef(body!)),
            "record" => CanonicalResolve.Record(body!["fields"]!.AsArray().Select(f => (f!["name"]!.GetValue<string>(), TypeRef(f["type"]!), Docs(f)))),
            "variant" => CanonicalResolve.Variant(body!["cases"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), c["type"] is { } ct ? TypeRef(ct) : null, Docs(c)))),
            "enum" => CanonicalResolve.Cases("enum", body!["cases"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), Docs(c)))),
            "flags" => CanonicalResolve.Cases("flags", body!["flags"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), Docs(c)))),
            "tuple" => CanonicalResolve.Kind("tuple", body!["types"]!.AsArray().Select(t => TypeRef(t!)).ToArray()),
            "list" or "option" => CanonicalResolve.Kind(k, TypeRef(body!)),
            "fixed-length-list" => CanonicalResolve.Kind(k, TypeRef(body![0]!), body[1]!.ToJsonString()),
            "map" => CanonicalResolve.Kind(k, TypeRef(body![0]!), TypeRef(body[1]!)),
            "result" => CanonicalResolve.Kind(k, body!["ok"] is { } ok ? TypeRef(ok) : "_", body["err"] is { } err ? TypeRef(err) : "_"),
            "future" or "stream" => CanonicalResolve.Kind(k, body is null ? "_" : TypeRef(body)),
            "handle" => CanonicalResolve.Kind("handle " + body!.AsObject().Single().Key, TypeRef(body.AsObject().Single().Value!)),
            _ => CanonicalResolve.Kind("unknown " + k),
        };
    }

    private string InterfaceName(int index)
    {
        var iface = _interfaces[index]!;
        if (iface["name"] is JsonValue name)
        {
            var pkg = _packages[iface["package"]!.GetValue<int>()]!["name"]!.GetValue<string>();
            return CanonicalResolve.QualifiedName(pkg, name.GetValue<string>());
        }

        return _anonymousInterfaceNames.TryGetValue(index, out var anon) ? anon : $"<anonymous interface {index}>";
    }

    private string WorldName(int index)
    {
        var world = _worlds[index]!;
        var pkg = _packages[world["package"]!.GetValue<int>()]!["name"]!.GetValue<string>();
        return $"{pkg}/{world["name"]!.GetValue<string>()}";
    }

    private static string? Docs(JsonNode? node) => node?["docs"]?["contents"]?.GetValue<string>();

    private static string? Stability(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            return null;
        }

        if (o["stable"] is JsonObject stable)
        {
            return CanonicalResolve.Stability("stable", stable["since"]?.GetValue<string>(), stable["deprecated"]?.GetValue<string>());
        }

        if (o["unstable"] is JsonObject unstable)
        {
            return CanonicalResolve.Stability("unstable", unstable["feature"]?.GetValue<string>(), unstable["deprecated"]?.GetValue<string>());
        }

        return null;
    }
}
