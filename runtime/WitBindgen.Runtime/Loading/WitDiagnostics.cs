namespace WitBindgen.Wit.Diagnostics;

/// <summary>
/// The binary reader's diagnostics as the runtime words them (the front end's catalog speaks of describing a
/// component as WIT; the runtime loads it to run it). Same codes as the front end's WIT0400–WIT0405.
/// </summary>
internal static class WitDiagnostics
{
    public static readonly DiagnosticDescriptor NotWasmBinary = new("WIT0400", "not a WebAssembly binary (it does not start with \\0asm)");

    public static readonly DiagnosticDescriptor CoreModuleNotComponent = new("WIT0401", "a core WebAssembly module, not a component");

    public static readonly DiagnosticDescriptor UnsupportedBinaryVersion = new("WIT0402", "unsupported component binary version {0} (layer {1}); only version 0x0d is read");

    public static readonly DiagnosticDescriptor MalformedBinary = new("WIT0403", "malformed component binary at byte offset {0}: {1}");

    public static readonly DiagnosticDescriptor UnsupportedComponentConstruct = new("WIT0404", "unsupported component construct: {0}");

    public static readonly DiagnosticDescriptor ComponentNestingTooDeep = new("WIT0405", "components or types nest more than {0} levels deep (at byte offset {1})");
}
