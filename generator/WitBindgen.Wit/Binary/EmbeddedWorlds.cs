namespace WitBindgen.Wit.Binary;

/// <summary>
/// A world recovered from a <c>component-type</c> custom section: what binding generators embed in a core module
/// (and some toolchains keep in a component) to say which WIT world the code was generated for.
/// </summary>
/// <param name="Package">The world's package, <c>ns:pkg</c> or <c>ns:pkg@version</c>.</param>
/// <param name="Name">The world's name within the package.</param>
/// <param name="Items">The world's imports then exports, as a component type's imports and exports.</param>
/// <param name="SectionName">The custom section's name.</param>
internal sealed record EmbeddedWorld(string Package, string Name, IReadOnlyList<ExternItem> Items, string SectionName);

/// <summary>
/// Finds <c>component-type*</c> custom sections in a core module or component and decodes them. The payload of
/// such a section is itself a component binary (a <c>wit-component-encoding</c> custom section, then a component
/// type wrapping the world's component type, exported as <c>ns:pkg/world</c>), so the component decoder reads it.
/// </summary>
internal static class EmbeddedWorlds
{
    /// <summary>The prefix of the custom sections that carry an encoded world.</summary>
    public const string SectionPrefix = "component-type";

    private const int MaxDepth = 16;

    /// <summary>
    /// The <c>component-type*</c> custom sections of <paramref name="bytes"/>: at the top level, and inside the core
    /// modules and components it contains. Malformed containers stop the search without failing.
    /// </summary>
    public static List<(string Name, byte[] Payload)> FindSections(byte[] bytes)
    {
        var found = new List<(string, byte[])>();
        try
        {
            Collect(new WasmReader(bytes, 0, bytes.Length), found, 0);
        }
        catch (ComponentFormatException)
        {
            // A truncated binary keeps the sections found before the damage; the caller reports the damage.
        }

        return found;
    }

    private static void Collect(WasmReader reader, List<(string, byte[])> found, int depth)
    {
        if (depth > MaxDepth || reader.Remaining < 8)
        {
            return;
        }

        if (reader.ReadByte() != 0x00 || reader.ReadByte() != 0x61 || reader.ReadByte() != 0x73 || reader.ReadByte() != 0x6d)
        {
            return;
        }

        reader.Skip(2);
        var layer = reader.ReadByte() | (reader.ReadByte() << 8);
        while (!reader.AtEnd)
        {
            var id = reader.ReadByte();
            var section = reader.Slice(reader.ReadIndex());
            if (id == 0)
            {
                var name = section.ReadName();
                if (name.StartsWith(SectionPrefix, StringComparison.Ordinal))
                {
                    found.Add((name, section.ReadBytes(section.Remaining)));
                }
            }
            else if (layer == 1 && (id == 1 || id == 4))
            {
                // A nested core module or component: its sections are searched too.
                Collect(section, found, depth + 1);
            }
        }
    }

    /// <summary>Decodes one section's payload; throws <see cref="ComponentFormatException"/> when it cannot.</summary>
    public static EmbeddedWorld Decode(string sectionName, byte[] payload)
    {
        if (!ComponentWit.IsWasmBinary(payload))
        {
            // Before version 4 the payload started with a version byte, then the string encoding and names.
            var version = payload.Length > 0 ? payload[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
            throw ComponentFormatException.Unsupported("the custom section '" + sectionName + "' uses an older encoding (version " + version + "); only the component encoding of current wit-component (version 4) is read");
        }

        var scope = ComponentDecoder.Decode(payload);
        foreach (var export in scope.Exports)
        {
            if (export.Kind != ExternKind.Type || export.Type is null || NamedNode.Unwrap(export.Type) is not ComponentNode package)
            {
                continue;
            }

            foreach (var item in package.Exports)
            {
                if (item.Kind == ExternKind.Component && item.Type is ComponentNode world && SplitWorldName(item.Name) is var (packageName, worldName))
                {
                    var items = new List<ExternItem>(world.Imports.Count + world.Exports.Count);
                    items.AddRange(world.Imports);
                    items.AddRange(world.Exports);
                    return new EmbeddedWorld(packageName, worldName, items, sectionName);
                }
            }
        }

        throw ComponentFormatException.Unsupported("the custom section '" + sectionName + "' does not hold an encoded world (a component type exported as ns:pkg/world)");
    }

    /// <summary>Splits <c>ns:pkg/world@1.0.0</c> into <c>ns:pkg@1.0.0</c> and <c>world</c>.</summary>
    internal static (string Package, string World)? SplitWorldName(string name)
    {
        var slash = name.IndexOf('/');
        if (slash <= 0 || name.IndexOf(':') is var colon && (colon <= 0 || colon > slash))
        {
            return null;
        }

        var at = name.IndexOf('@', slash);
        var world = at < 0 ? name.Substring(slash + 1) : name.Substring(slash + 1, at - slash - 1);
        var package = name.Substring(0, slash) + (at < 0 ? string.Empty : name.Substring(at));
        return world.Length == 0 ? null : (package, world);
    }

    /// <summary>Decodes every section found by <see cref="FindSections"/> and merges them into one world.</summary>
    public static EmbeddedWorld DecodeAll(List<(string Name, byte[] Payload)> sections) =>
        Merge(sections.Select(s => Decode(s.Name, s.Payload)).ToList());

    /// <summary>
    /// Merges several embedded worlds (a module linked from several libraries carries one section each) into the
    /// first one's package and name: every import and export, each name once.
    /// </summary>
    public static EmbeddedWorld Merge(IReadOnlyList<EmbeddedWorld> worlds)
    {
        if (worlds.Count == 1)
        {
            return worlds[0];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var imports = new List<ExternItem>();
        var exports = new List<ExternItem>();
        foreach (var world in worlds)
        {
            foreach (var item in world.Items)
            {
                if (seen.Add((item.IsImport ? "import " : "export ") + item.Name))
                {
                    (item.IsImport ? imports : exports).Add(item);
                }
            }
        }

        return worlds[0] with { Items = imports.Concat(exports).ToList() };
    }
}
