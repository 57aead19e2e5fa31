namespace WitBindgen.Wit.Diagnostics;

// Diagnostics of the build integration (WIT0910-WIT0929): the settings of a project's <Wit> items and what
// the generated code needs from the project. They have no place in a .wit file, except WIT0918, which points
// at the package whose namespace clashes with the project's references.
public static partial class WitDiagnostics
{
    /// <summary>No binding mode reaches the generator: the item sets none, and the package's build targets, which
    /// infer one from the project's references, were not imported.</summary>
    public static readonly DiagnosticDescriptor MissingMode = new(
        "WIT0910",
        "Binding mode not set",
        "no binding mode is set for the WIT in '{0}'. Add Mode=\"Host\" or Mode=\"Guest\" to its <Wit> item, or set the WitBindgenMode property");

    /// <summary>A <c>&lt;Wit&gt;</c> item's mode is neither Host nor Guest.</summary>
    public static readonly DiagnosticDescriptor InvalidMode = new(
        "WIT0911",
        "Invalid binding mode",
        "the binding mode '{1}' set for the WIT in '{0}' is not valid. Use Host or Guest");

    /// <summary>A <c>&lt;Wit&gt;</c> item's visibility is neither public nor internal; public is used.</summary>
    public static readonly DiagnosticDescriptor InvalidVisibility = new(
        "WIT0912",
        "Invalid visibility",
        "the visibility '{1}' set for the WIT in '{0}' is not valid, so the generated types are public. Use public or internal",
        DiagnosticSeverity.Warning);

    /// <summary>Two <c>&lt;Wit&gt;</c> items generate a file of the same name with different contents.</summary>
    public static readonly DiagnosticDescriptor ConflictingGeneratedFile = new(
        "WIT0913",
        "Conflicting generated file",
        "the WIT in '{0}' and in '{1}' both generate '{2}', with different contents; only the first is kept. Give the items different Namespace values");

    /// <summary>Generated code needs WitBindgen.Types, which the project does not reference.</summary>
    public static readonly DiagnosticDescriptor MissingTypesReference = new(
        "WIT0914",
        "WitBindgen.Types not referenced",
        "the bindings generated for '{0}' use WitBindgen.Types, which the project does not reference, so they were not added. Reference the WitBindgen.Types package");

    /// <summary>Host bindings need WitBindgen.Runtime, which the project does not reference.</summary>
    public static readonly DiagnosticDescriptor MissingRuntimeReference = new(
        "WIT0915",
        "WitBindgen.Runtime not referenced",
        "the host bindings generated for '{0}' run on WitBindgen.Runtime, which the project does not reference, so they were not added. Add <PackageReference Include=\"WitBindgen.Runtime\" /> to the project");

    /// <summary>A <c>&lt;Wit&gt;</c> item names no .wit file (reported by the build before the compiler runs).</summary>
    public static readonly DiagnosticDescriptor NoWitFiles = new(
        "WIT0916",
        "WIT input not found",
        "the <Wit> item '{0}' is neither a .wit file nor a directory. Check the Include path",
        DiagnosticSeverity.Warning);

    /// <summary>A .wit file a <c>&lt;Wit&gt;</c> item names is a named pipe, device or socket (reported by the build, which skips it).</summary>
    public static readonly DiagnosticDescriptor NotRegularWitFile = new(
        "WIT0917",
        "WIT input not a regular file",
        "the WIT file '{0}' is not a regular file (a named pipe, device or socket), so the build does not read it",
        DiagnosticSeverity.Warning);

    /// <summary>A namespace derived from a WIT package starts with the root namespace of a referenced assembly, whose types it could shadow.</summary>
    public static readonly DiagnosticDescriptor ShadowedNamespace = new(
        "WIT0918",
        "Namespace shadows a referenced namespace",
        "the namespace `{0}` generated for `{1}` starts with `{2}`, a root namespace of a referenced assembly, whose types it could hide. Set the <Wit> item's Namespace metadata, such as Namespace=\"MyApp.Bindings\"");
}
