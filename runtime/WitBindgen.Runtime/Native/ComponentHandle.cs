using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>Owns a compiled component (wasmtime_component_t) and releases it exactly once.</summary>
internal sealed class ComponentHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an empty handle (used by the marshaller and for failed creations).</summary>
    public ComponentHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of <paramref name="pointer"/>.</summary>
    public ComponentHandle(nint pointer)
        : base(ownsHandle: true)
    {
        SetHandle(pointer);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        NativeMethods.wasmtime_component_delete(handle);
        return true;
    }
}
