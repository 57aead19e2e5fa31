namespace WitBindgen.Runtime;

/// <summary>
/// Which backend runs a component's instances (<see cref="WasmEngineOptions.Backend"/>,
/// <see cref="ComponentInstance.Backend"/>). Both run the same components through the same API with the same results;
/// they differ in speed and in what they support.
/// </summary>
public enum ComponentBackend
{
    /// <summary>
    /// The direct backend whenever the component can run on it, else the Wasmtime backend; why it fell back is in
    /// <see cref="WasmComponent.BackendFallbackReason"/> and <see cref="ComponentInstance.BackendFallbackReason"/>.
    /// </summary>
    Auto,

    /// <summary>
    /// The component's core modules on Wasmtime's core API, with the Canonical ABI done in .NET: values cross at
    /// memory speed. Not yet for components that use resources, async, composition of their own functions, or import
    /// <c>wasi:*</c> interfaces; loading such a component with this backend throws a <see cref="WitRuntimeException"/>
    /// naming what it needs.
    /// </summary>
    Direct,

    /// <summary>Wasmtime's component API: every component Wasmtime supports, with every value copied through its C API.</summary>
    Wasmtime,
}
