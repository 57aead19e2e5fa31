using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Binary;

/// <summary>The WIT recovered from a component binary, or the diagnostics that explain why there is none.</summary>
/// <param name="WitText">
/// WIT text: a <c>root:component</c> package with a <c>root</c> world listing the component's imports and
/// exports, then one <c>package … { }</c> block per package of the interfaces it uses. Null on error.
/// </param>
/// <param name="Diagnostics">Errors (WIT0400-WIT0499) when the binary could not be read.</param>
public sealed record ComponentWitResult(string? WitText, EquatableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads a WebAssembly component binary and describes its imports and exports as WIT, from the component's own
/// type information (no runtime needed, nothing is compiled).
/// </summary>
public static class ComponentWit
{
    /// <summary>The world name the recovered WIT uses.</summary>
    public const string WorldName = ComponentWitWriter.WorldName;

    /// <summary>Whether <paramref name="bytes"/> start with the WebAssembly magic number (a core module or a component).</summary>
    public static bool IsWasmBinary(byte[] bytes) =>
        bytes is { Length: >= 4 } && bytes[0] == 0x00 && bytes[1] == 0x61 && bytes[2] == 0x73 && bytes[3] == 0x6d;

    /// <summary>
    /// Decodes the component in <paramref name="bytes"/> into WIT text. Never throws: malformed, truncated or
    /// unsupported input gives one error diagnostic and no text.
    /// </summary>
    /// <param name="bytes">The component binary.</param>
    /// <param name="sourceName">The file name, mentioned in the header comment of the text.</param>
    public static ComponentWitResult Decode(byte[] bytes, string sourceName)
    {
        if (bytes is null)
        {
            return Fail(Diagnostic.Create(WitDiagnostics.NotWasmBinary, null));
        }

        try
        {
            var component = ComponentDecoder.Decode(bytes);
            return new ComponentWitResult(ComponentWitWriter.Write(component, sourceName), EquatableArray<Diagnostic>.Empty);
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

    private static ComponentWitResult Fail(Diagnostic diagnostic) => new(null, EquatableArray.Create(diagnostic));
}
