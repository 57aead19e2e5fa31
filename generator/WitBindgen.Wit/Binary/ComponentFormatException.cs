using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Raised inside the decoder when the binary cannot be read further; the public entry point turns it into
/// one diagnostic, so it never escapes.
/// </summary>
internal sealed class ComponentFormatException : Exception
{
    public ComponentFormatException(DiagnosticDescriptor descriptor, params object?[] args)
        : base(descriptor.Id)
    {
        Descriptor = descriptor;
        Arguments = args;
    }

    /// <summary>The diagnostic to report.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The diagnostic's message arguments.</summary>
    public object?[] Arguments { get; }

    /// <summary>A malformed-binary failure at <paramref name="offset"/>.</summary>
    public static ComponentFormatException Malformed(int offset, string what) =>
        new(WitDiagnostics.MalformedBinary, FormatOffset(offset), what);

    /// <summary>An unsupported-construct failure at <paramref name="offset"/>.</summary>
    public static ComponentFormatException Unsupported(int offset, string what) =>
        new(WitDiagnostics.UnsupportedComponentConstruct, what + " at byte offset " + FormatOffset(offset));

    /// <summary>An unsupported-construct failure found while describing the component as WIT, where no byte offset applies.</summary>
    public static ComponentFormatException Unsupported(string what) =>
        new(WitDiagnostics.UnsupportedComponentConstruct, what);

    /// <summary>Formats a byte offset as <c>0x1a2b</c>.</summary>
    public static string FormatOffset(int offset) => "0x" + offset.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
}
