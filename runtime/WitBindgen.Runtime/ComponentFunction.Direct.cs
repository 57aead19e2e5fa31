using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime;

/// <summary>The direct backend's side of an exported function.</summary>
public sealed partial class ComponentFunction
{
    /// <summary>
    /// The direct backend's export behind this function: set when the function's instance runs on the direct backend,
    /// null when it runs on the Wasmtime backend.
    /// </summary>
    internal DirectExport? DirectExport { get; init; }
}
