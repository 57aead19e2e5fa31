using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Owns a core linker (wasmtime_linker_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class CoreLinkerHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => CoreNativeMethods.wasmtime_linker_delete(pointer);
}
