using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>Owns a store (wasmtime_store_t) and releases it exactly once.</summary>
internal sealed class StoreHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an empty handle (used by the marshaller and for failed creations).</summary>
    public StoreHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of <paramref name="pointer"/>.</summary>
    public StoreHandle(nint pointer)
        : base(ownsHandle: true)
    {
        SetHandle(pointer);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        NativeMethods.wasmtime_store_delete(handle);
        return true;
    }
}
