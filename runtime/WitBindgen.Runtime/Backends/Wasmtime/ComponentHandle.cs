using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Wasmtime;

/// <summary>Owns a compiled component (wasmtime_component_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class ComponentHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => NativeMethods.wasmtime_component_delete(pointer);
}
