using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Owns a compiled core module (wasmtime_module_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class ModuleHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => CoreNativeMethods.wasmtime_module_delete(pointer);
}
