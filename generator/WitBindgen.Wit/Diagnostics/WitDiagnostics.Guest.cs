namespace WitBindgen.Wit.Diagnostics;

// Diagnostics of guest binding generation (WIT0330-WIT0339).
public static partial class WitDiagnostics
{
    /// <summary>A resource of an interface the world both imports and exports, bound for a guest.</summary>
    public static readonly DiagnosticDescriptor GuestResourceImportedAndExported = new(
        "WIT0331",
        "Resource of an interface both imported and exported",
        "resource `{0}` belongs to `{1}`, which the world both imports and exports; guest bindings give a resource one C# class, implemented either by the host or by this component. Import or export the interface, not both");
}
