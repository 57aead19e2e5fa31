namespace WitBindgen.Runtime.Native;

/// <summary>Owns a Wasmtime engine (wasm_engine_t) and deletes it exactly once (see <see cref="NativeHandle"/>).</summary>
internal sealed class EngineHandle(nint pointer) : NativeHandle(pointer)
{
    /// <inheritdoc />
    protected override void Delete(nint pointer) => NativeMethods.wasm_engine_delete(pointer);
}
