using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Reads a WebAssembly component binary and describes its imports and exports as a resolved WIT model, from the
/// component's own type information (no runtime needed, nothing is compiled); or, for a core module, the world its
/// <c>component-type</c> custom sections embed. The decoded types are handed to the resolver as the syntax tree of
/// one package, so packages, <c>use</c>s, worlds and layouts are resolved exactly as for WIT text.
/// </summary>
public static class ComponentWit
{
    /// <summary>The world name the decoded model uses when the binary does not name its world.</summary>
    public const string WorldName = ComponentSyntaxBuilder.WorldName;

    /// <summary>Whether <paramref name="bytes"/> start with the WebAssembly magic number (a core module or a component).</summary>
    public static bool IsWasmBinary(byte[] bytes) =>
        bytes is { Length: >= 4 } && bytes[0] == 0x00 && bytes[1] == 0x61 && bytes[2] == 0x73 && bytes[3] == 0x6d;

    /// <summary>
    /// Decodes the component in <paramref name="bytes"/> into a resolved model. Never throws: malformed, truncated
    /// or unsupported input gives one error diagnostic and no model.
    /// </summary>
    /// <param name="bytes">The component binary.</param>
    /// <param name="sourceName">The file name, mentioned in the docs of the world's package.</param>
    public static ComponentWitResult Decode(byte[] bytes, string sourceName)
    {
        if (bytes is null)
        {
            return Fail(Diagnostic.Create(WitDiagnostics.NotWasmBinary, null));
        }

        try
        {
            return IsCoreModule(bytes) ? DecodeModule(bytes, sourceName) : DecodeComponent(bytes, sourceName);
        }
        catch (ComponentFormatException e)
        {
            return Fail(Diagnostic.Create(e.Descriptor, null, e.Arguments));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(Diagnostic.Create(WitDiagnostics.InternalError, null, e.GetType().Name + ": " + e.Message));
        }
    }

    private static bool IsCoreModule(byte[] bytes) =>
        IsWasmBinary(bytes) && bytes.Length >= 8 && bytes[4] == 0x01 && bytes[5] == 0x00 && bytes[6] == 0x00 && bytes[7] == 0x00;

    /// <summary>A core module has no component types; the world its bindings were generated for is in its custom sections.</summary>
    private static ComponentWitResult DecodeModule(byte[] bytes, string sourceName)
    {
        var sections = EmbeddedWorlds.FindSections(bytes);
        if (sections.Count == 0)
        {
            throw new ComponentFormatException(WitDiagnostics.CoreModuleNotComponent);
        }

        var world = EmbeddedWorlds.DecodeAll(sections);
        var header = "The world " + world.Package + "/" + world.Name + " that the core module " + sourceName
            + " was generated for, decoded from its " + Describe(sections) + ".";
        return Resolve(world.Items, sourceName, world.Package, world.Name, null, header);
    }

    /// <summary>
    /// A component's imports and exports come from its own types; a <c>component-type</c> section, when present,
    /// names the world and its package.
    /// </summary>
    private static ComponentWitResult DecodeComponent(byte[] bytes, string sourceName)
    {
        var component = ComponentDecoder.Decode(bytes);
        var header = "The imports and exports of " + sourceName + ", decoded from its component type information.";
        var sections = EmbeddedWorlds.FindSections(bytes);
        if (sections.Count == 0)
        {
            return Resolve(component.Items, sourceName, ComponentSyntaxBuilder.RootPackage, ComponentSyntaxBuilder.WorldName, null, header);
        }

        EmbeddedWorld world;
        try
        {
            world = EmbeddedWorlds.DecodeAll(sections);
        }
        catch (ComponentFormatException e)
        {
            var unread = "Its " + Describe(sections) + " could not be read (" + Diagnostic.Create(e.Descriptor, null, e.Arguments).Message
                + "), so the package and world names are placeholders.";
            return Resolve(component.Items, sourceName, ComponentSyntaxBuilder.RootPackage, ComponentSyntaxBuilder.WorldName, null, header, unread);
        }

        var hints = TypeNameHints.Collect(component.Items, world.Items);
        return Resolve(component.Items, sourceName, world.Package, world.Name, hints, header, "The package and world names come from its " + Describe(sections) + ".");
    }

    /// <summary>
    /// Builds the syntax of the world and its interfaces and resolves it. A binary has no lines, so neither the
    /// model nor the diagnostics carry locations: whoever reads the file names it.
    /// </summary>
    private static ComponentWitResult Resolve(
        IReadOnlyList<ExternItem> items, string sourceName, string package, string world, Dictionary<TypeNode, string>? hints, params string[] header)
    {
        var document = ComponentSyntaxBuilder.Build(items, header, new SourceFile(sourceName, string.Empty), package, world, hints);
        var resolved = WitResolver.Resolve(document);
        var diagnostics = resolved.Diagnostics.Select(d => d with { Location = null }).ToEquatableArray();
        if (resolved.Model is null || resolved.HasErrors)
        {
            return new ComponentWitResult(null, diagnostics);
        }

        return new ComponentWitResult(WithoutLocations(resolved.Model), diagnostics)
        {
            PackageName = package,
            WorldName = world,
        };
    }

    private static WitModel WithoutLocations(WitModel model) => model with
    {
        Types = model.Types.Select(t => t with { Location = null }).ToEquatableArray(),
        Interfaces = model.Interfaces.Select(i => i with { Location = null, Functions = WithoutLocations(i.Functions) }).ToEquatableArray(),
        Worlds = model.Worlds.Select(w => w with { Location = null, Imports = WithoutLocations(w.Imports), Exports = WithoutLocations(w.Exports) }).ToEquatableArray(),
    };

    private static EquatableArray<Function> WithoutLocations(EquatableArray<Function> functions) =>
        functions.Select(f => f with { Location = null }).ToEquatableArray();

    private static EquatableArray<WorldEntry> WithoutLocations(EquatableArray<WorldEntry> entries) =>
        entries.Select(e => e.Item is WorldFunctionItem item ? e with { Item = new WorldFunctionItem(item.Function with { Location = null }) } : e).ToEquatableArray();

    private static string Describe(List<(string Name, byte[] Payload)> sections) =>
        sections.Count == 1
            ? "custom section '" + sections[0].Name + "'"
            : sections.Count + " custom sections '" + string.Join("', '", sections.Select(s => s.Name)) + "'";

    private static ComponentWitResult Fail(Diagnostic diagnostic) => new(null, EquatableArray.Create(diagnostic));
}
