namespace WitBindgen.Wit.Diagnostics;

// Diagnostics of C# code generation (WIT0300-WIT0399): selecting the world, and WIT features a binding
// mode cannot express yet. They point at the WIT item that needs the feature.
public static partial class WitDiagnostics
{
    /// <summary>The requested world does not exist.</summary>
    public static readonly DiagnosticDescriptor WorldNotFound = new(
        "WIT0300",
        "World not found",
        "world `{0}` not found. Available worlds: {1}. Set the world to one of them, as a plain name or as `namespace:package/world`");

    /// <summary>No world was requested and the root packages have several.</summary>
    public static readonly DiagnosticDescriptor AmbiguousWorld = new(
        "WIT0301",
        "World not specified",
        "no world was specified and the root packages define {0} worlds: {1}. Specify which one to generate bindings for");

    /// <summary>No world was requested and the root packages have none.</summary>
    public static readonly DiagnosticDescriptor NoWorld = new(
        "WIT0302",
        "No world",
        "the root packages define no world. Add a `world` that imports or exports the interfaces to bind");

    /// <summary>A type a binding mode cannot express yet (future, stream, error-context).</summary>
    public static readonly DiagnosticDescriptor TypeNotSupported = new(
        "WIT0304",
        "Type not supported",
        "{0} uses `{1}`, which is not supported in {2} bindings yet. Bind a world that does not use it");

    /// <summary>A flags type with more flags than the largest C# enum can hold.</summary>
    public static readonly DiagnosticDescriptor TooManyFlags = new(
        "WIT0305",
        "Too many flags",
        "flags `{0}` has {1} flags, but C# bindings support at most 64. Split it into several flags types");

    /// <summary>An async function (component-model async), not supported by either binding mode yet.</summary>
    public static readonly DiagnosticDescriptor AsyncFunctionNotSupported = new(
        "WIT0306",
        "Async functions not supported",
        "function `{0}` is `async`, which is not supported in {1} bindings yet. Bind a world without async functions");

    /// <summary>The namespace option is not a valid C# namespace.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        "WIT0307",
        "Invalid namespace",
        "`{0}` is not a valid C# namespace. Use dot-separated identifiers such as `MyCompany.Bindings`");
}
