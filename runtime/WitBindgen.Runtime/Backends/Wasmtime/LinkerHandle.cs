using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Wasmtime;

/// <summary>Owns a component linker (wasmtime_component_linker_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class LinkerHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => NativeMethods.wasmtime_component_linker_delete(pointer);
}
