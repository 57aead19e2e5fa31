using System.Globalization;
using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>
/// Describes a world's imports and exports as comparable lines: <c>import test:pkg/iface#f(a: u32) -&gt; string</c>.
/// Named records, variants, enums, flags and resources print by name; aliases print what they stand for.
/// </summary>
internal static class WorldSignatures
{
    /// <summary>One line per function (and one per item without functions) of the world's imports and exports.</summary>
    public static IReadOnlyList<string> Of(WitModel model, World world) =>
        Lines(model, "import", world.Imports).Concat(Lines(model, "export", world.Exports)).ToList();

    private static IEnumerable<string> Lines(WitModel model, string direction, EquatableArray<WorldEntry> entries)
    {
        foreach (var entry in entries)
        {
            var key = entry.Key.Interface is { } id ? model.QualifiedName(id) ?? "?" : entry.Key.Name ?? "?";
            switch (entry.Item)
            {
                case WorldInterfaceItem item:
                    var functions = model[item.Interface].Functions;
                    yield return $"{direction} {key}";
                    foreach (var function in functions)
                    {
                        yield return $"{direction} {key}#{Function(model, function)}";
                    }

                    break;
                case WorldFunctionItem item:
                    yield return $"{direction} {Function(model, item.Function)}";
                    break;
                case WorldTypeItem:
                    yield return $"{direction} type {key}";
                    break;
            }
        }
    }

    private static string Function(WitModel model, Function function) =>
        function.Name + "(" + string.Join(", ", function.Params.Select(p => p.Name + ": " + Type(model, p.Type, 0))) + ")"
        + (function.Result is { } result ? " -> " + Type(model, result, 0) : string.Empty);

    private static string Type(WitModel model, WitType type, int depth)
    {
        type = model.Unalias(type);
        if (type.Primitive is { } primitive)
        {
            return primitive.ToString();
        }

        if (depth > 50)
        {
            return "...";
        }

        var def = model[type.Id];
        string Inner(WitType t) => Type(model, t, depth + 1);
        return def.Kind switch
        {
            RecordKind or VariantKind or EnumKind or FlagsKind or ResourceKind => def.Name ?? "<anonymous>",
            ListKind list => $"list<{Inner(list.Element)}>",
            FixedLengthListKind list => $"list<{Inner(list.Element)}, {list.Length.ToString(CultureInfo.InvariantCulture)}>",
            TupleKind tuple => $"tuple<{string.Join(", ", tuple.Types.Select(Inner))}>",
            OptionKind option => $"option<{Inner(option.Element)}>",
            ResultKind result => $"result<{(result.Ok is { } ok ? Inner(ok) : "_")}, {(result.Err is { } err ? Inner(err) : "_")}>",
            HandleKind handle => $"{handle.Ownership}<{Inner(WitType.Of(handle.Resource))}>",
            MapKind map => $"map<{Inner(map.Key)}, {Inner(map.Value)}>",
            _ => def.Kind.GetType().Name,
        };
    }
}
