namespace WitBindgen.Wit.Diagnostics;

// Diagnostics of guest binding generation (WIT0330-WIT0339).
public static partial class WitDiagnostics
{
    /// <summary>A resource in a world bound for a guest.</summary>
    public static readonly DiagnosticDescriptor ResourceNotSupportedInGuest = new(
        "WIT0330",
        "Resources not supported in guest bindings",
        "resource `{0}` is used by the world, but resources are not supported in guest bindings yet. Bind a world without resources");
}
