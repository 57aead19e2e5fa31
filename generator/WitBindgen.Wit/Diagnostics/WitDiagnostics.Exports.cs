namespace WitBindgen.Wit.Diagnostics;

// Diagnostics of finding the C# class that implements each export of a guest world (WIT0930-WIT0939). The
// source generator reports them, located in the project's C# or at the exporting world.
public static partial class WitDiagnostics
{
    /// <summary>No class of the project implements an exported interface, and nothing else provides an implementation.</summary>
    public static readonly DiagnosticDescriptor NoExportImplementation = new(
        "WIT0930",
        "Export not implemented",
        "no class implements {1}, so the export '{0}' has no implementation and calling it fails at run time. Add a class that lists {1} in its base list, set {2}.Implementation at startup, or implement `static partial void CreateImplementation(ref {1}? implementation)` in partial class {2}",
        DiagnosticSeverity.Warning);

    /// <summary>More than one class implements an exported interface.</summary>
    public static readonly DiagnosticDescriptor AmbiguousExportImplementation = new(
        "WIT0931",
        "Export implemented more than once",
        "the export '{0}' is implemented by more than one class: {1}. Name the one to use with `[assembly: WitBindgen.WitExportImplementation(\"{0}\", typeof(…))]`");

    /// <summary>The class that implements an export cannot be created by the generated code.</summary>
    public static readonly DiagnosticDescriptor ExportImplementationNotCreatable = new(
        "WIT0932",
        "Export implementation cannot be created",
        "'{1}' implements the export '{0}' but the bindings cannot create it: {2}. Fix that, set {3}.Implementation at startup, or implement `CreateImplementation` in partial class {3}");

    /// <summary>A <c>WitExportImplementation</c> attribute names an export the world does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownNamedExport = new(
        "WIT0933",
        "Unknown export named",
        "WitExportImplementation names the export '{0}', which the guest world does not export. The exports are: {1}");

    /// <summary>A <c>WitExportImplementation</c> attribute names a type that is not a class of the project implementing the export.</summary>
    public static readonly DiagnosticDescriptor NamedTypeNotImplementation = new(
        "WIT0934",
        "Named type does not implement the export",
        "WitExportImplementation names '{1}' for the export '{0}', but no class, record or struct of this project by that name lists {2} in its base list");
}
