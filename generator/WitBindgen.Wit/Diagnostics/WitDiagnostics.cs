namespace WitBindgen.Wit.Diagnostics;

/// <summary>
/// The catalog of every diagnostic the WIT front end reports. Codes are stable:
/// WIT0001–WIT0099 for reading and parsing, WIT0100–WIT0299 for resolution,
/// WIT0900 and up for problems outside the WIT text itself.
/// Phase-specific entries live in the other parts of this partial class.
/// </summary>
public static partial class WitDiagnostics
{
    /// <summary>An unexpected failure inside the front end; reported instead of crashing.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "WIT0900",
        "Internal error",
        "internal error while processing WIT: {0}. Please report this with the .wit input that caused it");

    /// <summary>A file or directory could not be read.</summary>
    public static readonly DiagnosticDescriptor CannotRead = new(
        "WIT0901",
        "Cannot read input",
        "cannot read '{0}': {1}");

    /// <summary>A path given as input is neither a .wit file nor a directory.</summary>
    public static readonly DiagnosticDescriptor NotWitInput = new(
        "WIT0902",
        "Not a WIT input",
        "'{0}' is not a .wit file or a package directory");
}
