namespace WitBindgen.Wit.Diagnostics;

// Diagnostics of reading a component binary (WIT0400-WIT0499). A binary has no lines, so messages carry
// the byte offset where the problem was found.
public static partial class WitDiagnostics
{
    /// <summary>The file does not start with the WebAssembly magic number.</summary>
    public static readonly DiagnosticDescriptor NotWasmBinary = new(
        "WIT0400",
        "Not a WebAssembly binary",
        "the file is not a WebAssembly binary (it does not start with \\0asm). Pass a component .wasm file, a .wit file or a WIT package directory");

    /// <summary>The file is a core module rather than a component, and names no world in a <c>component-type</c> custom section.</summary>
    public static readonly DiagnosticDescriptor CoreModuleNotComponent = new(
        "WIT0401",
        "Core module, not a component",
        "the file is a core WebAssembly module, not a component, and it has no component-type custom section naming the WIT world it was built for. Turn it into a component first (for example with `wasm-tools component new`)");

    /// <summary>The binary has a component version this decoder does not read.</summary>
    public static readonly DiagnosticDescriptor UnsupportedBinaryVersion = new(
        "WIT0402",
        "Unsupported component binary version",
        "unsupported WebAssembly binary version {0} (layer {1}); only components of version 0x0d (layer 1) can be read. Rebuild the component with current tools");

    /// <summary>The binary ends early or holds a value out of range.</summary>
    public static readonly DiagnosticDescriptor MalformedBinary = new(
        "WIT0403",
        "Malformed component binary",
        "malformed component binary at byte offset {0}: {1}. The file may be truncated or corrupt; rebuild it");

    /// <summary>The binary uses a construct this decoder cannot describe as WIT.</summary>
    public static readonly DiagnosticDescriptor UnsupportedComponentConstruct = new(
        "WIT0404",
        "Unsupported component construct",
        "cannot describe the component as WIT: {0}. The component uses a feature this tool does not read yet");

    /// <summary>Components or types nested deeper than the decoder allows.</summary>
    public static readonly DiagnosticDescriptor ComponentNestingTooDeep = new(
        "WIT0405",
        "Component nested too deeply",
        "the component nests components or types more than {0} levels deep (at byte offset {1}); such a component cannot be described as WIT");

    /// <summary>A name in the binary that WIT text cannot spell (not kebab-case, or a package version that is not semver).</summary>
    public static readonly DiagnosticDescriptor InvalidComponentName = new(
        "WIT0406",
        "Name not valid in WIT",
        "the component's name '{0}' cannot be written in WIT: {1}. Rename the item in the component's source and rebuild it");
}
