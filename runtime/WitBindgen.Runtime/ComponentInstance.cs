using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Backends.Wasmtime;

namespace WitBindgen.Runtime;

/// <summary>An instantiated component, living in (and freed with) its <see cref="ComponentStore"/>.</summary>
public sealed class ComponentInstance
{
    private readonly WasmtimeInstance _wasmtime;
    private readonly DirectInstance? _direct;

    internal ComponentInstance(ComponentStore store, WasmtimeInstance instance, string? fallbackReason)
    {
        Store = store;
        _wasmtime = instance;
        Backend = ComponentBackend.Wasmtime;
        BackendFallbackReason = fallbackReason;
    }

    internal ComponentInstance(ComponentStore store, DirectInstance instance)
    {
        Store = store;
        _direct = instance;
        Backend = ComponentBackend.Direct;
    }

    /// <summary>The store the instance lives in.</summary>
    public ComponentStore Store { get; }

    /// <summary>
    /// The backend running the instance: <see cref="ComponentBackend.Direct"/> or <see cref="ComponentBackend.Wasmtime"/>,
    /// never <see cref="ComponentBackend.Auto"/> (see <see cref="WasmEngineOptions.Backend"/>).
    /// </summary>
    public ComponentBackend Backend { get; }

    /// <summary>
    /// Why <see cref="ComponentBackend.Auto"/> runs the instance on the Wasmtime backend rather than the direct one, e.g.
    /// <c>The component imports wasi:sockets/tcp@0.2.0, which the direct backend's WASI does not implement yet.</c>; null
    /// when the instance runs on the backend it asked for (always on the direct backend, and whenever the engine's
    /// backend is not Auto).
    /// </summary>
    public string? BackendFallbackReason { get; }

    /// <summary>
    /// Whether a call into the instance is running (on the store's one thread). A second call while it is would
    /// re-enter the instance, which the component model traps (CanonicalABI.md, <c>call_might_be_recursive</c>):
    /// instances created in a store are separate top-level instances, so one is never another's ancestor.
    /// </summary>
    internal bool IsRunning { get; set; }

    /// <summary>The exported function <paramref name="functionName"/> of the exported interface <paramref name="interfaceName"/>.</summary>
    /// <param name="interfaceName">E.g. <c>docs:adder/add@0.1.0</c>; null for a function exported by the world itself.</param>
    /// <param name="functionName">The WIT function name, e.g. <c>add</c>.</param>
    /// <exception cref="WitRuntimeException">There is no such exported function.</exception>
    public ComponentFunction GetFunction(string? interfaceName, string functionName) =>
        TryGetFunction(interfaceName, functionName)
        ?? throw new WitRuntimeException($"The component exports no function '{DisplayName(interfaceName, functionName)}'.");

    /// <summary>Like <see cref="GetFunction(string?, string)"/> but returns null when the export is missing.</summary>
    public ComponentFunction? TryGetFunction(string? interfaceName, string functionName)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        if (_direct is not null)
        {
            return TryGetDirectFunction(interfaceName, functionName);
        }

        Store.Enter("looking up an export");
        try
        {
            return _wasmtime.TryGetFunction(Store.EnteredContext, interfaceName, functionName) is { } function
                ? new ComponentFunction(this, function, DisplayName(interfaceName, functionName))
                : null;
        }
        finally
        {
            Store.Exit();
        }
    }

    /// <summary>The exported function behind a pre-resolved index of this instance's component.</summary>
    /// <exception cref="WitRuntimeException">The index does not name a function of this instance.</exception>
    public ComponentFunction GetFunction(ComponentExportIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (_direct is not null || index.Handle is null)
        {
            // The direct backend, and a Wasmtime instance given the index of a direct component, look it up by name.
            return TryGetFunction(index.InterfaceName, index.FunctionName)
                ?? throw new WitRuntimeException($"The export '{index.DisplayName}' is not a function of this instance.");
        }

        using var exportIndex = index.Handle.Lease();
        Store.Enter("looking up an export");
        try
        {
            return _wasmtime.GetFunction(Store.EnteredContext, exportIndex.Pointer) is { } function
                ? new ComponentFunction(this, function, index.DisplayName)
                : throw new WitRuntimeException($"The export '{index.DisplayName}' is not a function of this instance.");
        }
        finally
        {
            Store.Exit();
        }
    }

    private ComponentFunction? TryGetDirectFunction(string? interfaceName, string functionName)
    {
        Store.Enter("looking up an export");
        try
        {
            return _direct!.Component.Plan.FindLiftedFunction(interfaceName, functionName) is null
                ? null
                : new ComponentFunction(this, _direct.GetExport(interfaceName, functionName), DisplayName(interfaceName, functionName));
        }
        finally
        {
            Store.Exit();
        }
    }

    private static string DisplayName(string? interfaceName, string functionName) =>
        interfaceName is null ? functionName : interfaceName + "#" + functionName;
}
