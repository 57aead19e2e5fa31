using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Binary;

// The former route through WIT text, kept only until the syntax route is shown to give the same model.
internal sealed record OldResult(string? WitText, EquatableArray<Diagnostic> Diagnostics)
{
    public string PackageName { get; init; } = ComponentWitWriter.RootPackage;

    public string WorldName { get; init; } = ComponentWitWriter.WorldName;
}

internal static class ComponentWitText
{
    /// <summary>The world name the recovered WIT uses when the binary does not name its world.</summary>


    /// <summary>Whether <paramref name="bytes"/> start with the WebAssembly magic number (a core module or a component).</summary>
    private static bool IsWasmBinary(byte[] bytes) =>
        bytes is { Length: >= 4 } && bytes[0] == 0x00 && bytes[1] == 0x61 && bytes[2] == 0x73 && bytes[3] == 0x6d;

    /// <summary>
    /// Decodes the component in <paramref name="bytes"/> into WIT text. Never throws: malformed, truncated or
    /// unsupported input gives one error diagnostic and no text.
    /// </summary>
    /// <param name="bytes">The component binary.</param>
    /// <param name="sourceName">The file name, mentioned in the header comment of the text.</param>
    public static OldResult Decode(byte[] bytes, string sourceName)
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
    private static OldResult DecodeModule(byte[] bytes, string sourceName)
    {
        var sections = EmbeddedWorlds.FindSections(bytes);
        if (sections.Count == 0)
        {
            throw new ComponentFormatException(WitDiagnostics.CoreModuleNotComponent);
        }

        var world = EmbeddedWorlds.DecodeAll(sections);
        var header = "// The world " + world.Package + "/" + world.Name + " that the core module " + sourceName
            + " was generated for, decoded from its " + Describe(sections) + ".";
        return new OldResult(ComponentWitWriter.Write(world.Items, header, world.Package, world.Name), EquatableArray<Diagnostic>.Empty)
        {
            PackageName = world.Package,
            WorldName = world.Name,
        };
    }

    /// <summary>
    /// A component's imports and exports come from its own types; a <c>component-type</c> section, when present,
    /// names the world and its package.
    /// </summary>
    private static OldResult DecodeComponent(byte[] bytes, string sourceName)
    {
        var component = ComponentDecoder.Decode(bytes);
        var header = "// The imports and exports of " + sourceName + ", decoded from its component type information.";
        var sections = EmbeddedWorlds.FindSections(bytes);
        if (sections.Count == 0)
        {
            return new OldResult(ComponentWitWriter.Write(component.Items, header, ComponentWitWriter.RootPackage, ComponentWitWriter.WorldName), EquatableArray<Diagnostic>.Empty);
        }

        EmbeddedWorld world;
        try
        {
            world = EmbeddedWorlds.DecodeAll(sections);
        }
        catch (ComponentFormatException e)
        {
            header += "\n// Its " + Describe(sections) + " could not be read (" + Diagnostic.Create(e.Descriptor, null, e.Arguments).Message
                + "), so the package and world names are placeholders.";
            return new OldResult(ComponentWitWriter.Write(component.Items, header, ComponentWitWriter.RootPackage, ComponentWitWriter.WorldName), EquatableArray<Diagnostic>.Empty);
        }

        header += "\n// The package and world names come from its " + Describe(sections) + ".";
        var hints = TypeNameHints.Collect(component.Items, world.Items);
        return new OldResult(ComponentWitWriter.Write(component.Items, header, world.Package, world.Name, hints), EquatableArray<Diagnostic>.Empty)
        {
            PackageName = world.Package,
            WorldName = world.Name,
        };
    }

    private static string Describe(List<(string Name, byte[] Payload)> sections) =>
        sections.Count == 1
            ? "custom section '" + sections[0].Name + "'"
            : sections.Count + " custom sections '" + string.Join("', '", sections.Select(s => s.Name)) + "'";

    private static OldResult Fail(Diagnostic diagnostic) => new(null, EquatableArray.Create(diagnostic));
}
