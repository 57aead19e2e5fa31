using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Wasmtime;

/// <summary>Owns an export index (wasmtime_component_export_index_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class ExportIndexHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => NativeMethods.wasmtime_component_export_index_delete(pointer);
}
