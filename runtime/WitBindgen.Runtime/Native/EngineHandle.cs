using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>Owns a Wasmtime engine (wasm_engine_t) and releases it exactly once.</summary>
internal sealed class EngineHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an empty handle (used by the marshaller and for failed creations).</summary>
    public EngineHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of <paramref name="pointer"/>.</summary>
    public EngineHandle(nint pointer)
        : base(ownsHandle: true)
    {
        SetHandle(pointer);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        NativeMethods.wasm_engine_delete(handle);
        return true;
    }
}
