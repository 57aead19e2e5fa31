namespace WitBindgen.Runtime.Native;

/// <summary>Owns a store (wasmtime_store_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class StoreHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => NativeMethods.wasmtime_store_delete(pointer);
}
