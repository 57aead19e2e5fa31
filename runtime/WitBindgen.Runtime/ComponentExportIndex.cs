using WitBindgen.Runtime.Backends.Wasmtime;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// A pre-resolved export of a <see cref="WasmComponent"/> (from <see cref="WasmComponent.GetExportIndex"/>).
/// Valid for every instance of that component; resolve once, look up per instance without string work.
/// </summary>
public sealed class ComponentExportIndex : IDisposable
{
    internal ComponentExportIndex(ExportIndexHandle? handle, string? interfaceName, string functionName)
    {
        Handle = handle;
        InterfaceName = interfaceName;
        FunctionName = functionName;
    }

    /// <summary>The exported interface, or null for a world-level function.</summary>
    public string? InterfaceName { get; }

    /// <summary>The function name.</summary>
    public string FunctionName { get; }

    /// <summary>The name used in error messages: <c>interface#function</c> or just <c>function</c>.</summary>
    public string DisplayName => InterfaceName is null ? FunctionName : InterfaceName + "#" + FunctionName;

    /// <summary>Wasmtime's index; null for a component that runs on the direct backend, which looks exports up by name.</summary>
    internal ExportIndexHandle? Handle { get; }

    /// <inheritdoc />
    public void Dispose() => Handle?.Dispose();
}
