using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>Owns a component linker (wasmtime_component_linker_t) and releases it exactly once.</summary>
internal sealed class LinkerHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an empty handle (used by the marshaller and for failed creations).</summary>
    public LinkerHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of <paramref name="pointer"/>.</summary>
    public LinkerHandle(nint pointer)
        : base(ownsHandle: true)
    {
        SetHandle(pointer);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        NativeMethods.wasmtime_component_linker_delete(handle);
        return true;
    }
}
