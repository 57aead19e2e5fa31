using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Owns a pre-linked module (wasmtime_instance_pre_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class InstancePreHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => CoreNativeMethods.wasmtime_instance_pre_delete(pointer);
}
