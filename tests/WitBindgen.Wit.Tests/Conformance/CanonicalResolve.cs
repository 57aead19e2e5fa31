using System.Text.Json;
using System.Text.Json.Nodes;

namespace WitBindgen.Wit.Tests.Conformance;

/// <summary>
/// The canonical JSON form both the expected <c>.wit.json</c> and our <c>WitModel</c> are converted to:
/// arena indices are replaced by qualified names, so two resolutions compare equal when they describe the
/// same packages, interfaces, worlds, types and functions. Package members, interface types and functions
/// are keyed by name; world imports and exports keep their order.
/// </summary>
internal static class CanonicalResolve
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string QualifiedName(string packageName, string interfaceName)
    {
        var at = packageName.IndexOf('@');
        return at < 0 ? $"{packageName}/{interfaceName}" : $"{packageName.Substring(0, at)}/{interfaceName}{packageName.Substring(at)}";
    }

    public static JsonObject Document(
        IEnumerable<KeyValuePair<string, JsonNode?>> packages,
        IEnumerable<KeyValuePair<string, JsonNode?>> interfaces,
        IEnumerable<KeyValuePair<string, JsonNode?>> worlds) =>
        new()
        {
            ["packages"] = Sorted(packages),
            ["interfaces"] = Sorted(interfaces),
            ["worlds"] = Sorted(worlds),
        };

    public static JsonObject Package(string? docs, IEnumerable<string> interfaces, IEnumerable<string> worlds) =>
        WithDocs(
            new JsonObject
            {
                ["interfaces"] = new JsonArray(interfaces.OrderBy(n => n, StringComparer.Ordinal).Select(n => (JsonNode?)n).ToArray()),
                ["worlds"] = new JsonArray(worlds.OrderBy(n => n, StringComparer.Ordinal).Select(n => (JsonNode?)n).ToArray()),
            },
            docs);

    public static JsonObject Interface(string? docs, string? stability, IEnumerable<KeyValuePair<string, JsonNode?>> types, IEnumerable<KeyValuePair<string, JsonNode?>> functions) =>
        WithStability(
            WithDocs(
                new JsonObject
                {
                    ["types"] = Sorted(types),
                    ["functions"] = Sorted(functions),
                },
                docs),
            stability);

    public static JsonObject World(string? docs, string? stability, IEnumerable<(string Key, JsonNode Item)> imports, IEnumerable<(string Key, JsonNode Item)> exports) =>
        WithStability(
            WithDocs(
                new JsonObject
                {
                    ["imports"] = Entries(imports),
                    ["exports"] = Entries(exports),
                },
                docs),
            stability);

    public static JsonObject InterfaceItem(string name, string? stability) =>
        WithStability(new JsonObject { ["interface"] = name }, stability);

    public static JsonObject Function(string name, string kind, IEnumerable<(string Name, string Type)> parameters, string? result, string? docs, string? stability) =>
        WithStability(
            WithDocs(
                new JsonObject
                {
                    ["name"] = name,
                    ["kind"] = kind,
                    ["params"] = new JsonArray(parameters.Select(p => (JsonNode?)$"{p.Name}: {p.Type}").ToArray()),
                    ["result"] = result,
                },
                docs),
            stability);

    public static JsonObject NamedType(JsonNode kind, string? docs, string? stability) =>
        WithStability(WithDocs(new JsonObject { ["kind"] = kind }, docs), stability);

    public static JsonNode Kind(string name, params string[] args) =>
        args.Length == 0 ? JsonValue.Create(name)! : new JsonObject { [name] = new JsonArray(args.Select(a => (JsonNode?)a).ToArray()) };

    public static JsonNode Record(IEnumerable<(string Name, string Type, string? Docs)> fields) =>
        new JsonObject { ["record"] = new JsonArray(fields.Select(f => (JsonNode?)WithDocs(new JsonObject { ["name"] = f.Name, ["type"] = f.Type }, f.Docs)).ToArray()) };

    public static JsonNode Variant(IEnumerable<(string Name, string? Type, string? Docs)> cases) =>
        new JsonObject { ["variant"] = new JsonArray(cases.Select(c => (JsonNode?)WithDocs(new JsonObject { ["name"] = c.Name, ["type"] = c.Type }, c.Docs)).ToArray()) };

    public static JsonNode Cases(string kind, IEnumerable<(string Name, string? Docs)> cases) =>
        new JsonObject { [kind] = new JsonArray(cases.Select(c => (JsonNode?)WithDocs(new JsonObject { ["name"] = c.Name }, c.Docs)).ToArray()) };

    public static string Stability(string kind, string? value, string? deprecated) =>
        deprecated is null ? $"{kind} {value}" : $"{kind} {value} deprecated {deprecated}";

    public static string Format(JsonNode node) => node.ToJsonString(Indented);

    private static JsonObject Sorted(IEnumerable<KeyValuePair<string, JsonNode?>> items)
    {
        var result = new JsonObject();
        foreach (var kv in items.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            result[kv.Key] = kv.Value;
        }

        return result;
    }

    private static JsonArray Entries(IEnumerable<(string Key, JsonNode Item)> entries) =>
        new(entries.Select(e => (JsonNode?)new JsonObject { ["key"] = e.Key, ["item"] = e.Item }).ToArray());

    private static JsonObject WithDocs(JsonObject obj, string? docs)
    {
        if (docs is not null)
        {
            obj["docs"] = docs;
        }

        return obj;
    }

    private static JsonObject WithStability(JsonObject obj, string? stability)
    {
        if (stability is not null)
        {
            obj["stability"] = stability;
        }

        return obj;
    }
}
