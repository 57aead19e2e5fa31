using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// Owns the host memory of one <c>wasmtime_component_resource_any_t</c> (released with
/// <c>wasmtime_component_resource_any_delete</c>). Releasing it never drops the resource in the guest: that is
/// <c>wasmtime_component_resource_any_drop</c>, which needs the store and is done by <see cref="ComponentResource.Dispose"/>.
/// </summary>
internal sealed class ResourceAnyHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResourceAnyHandle()
        : base(ownsHandle: true)
    {
    }

    public ResourceAnyHandle(nint pointer)
        : base(ownsHandle: true)
    {
        SetHandle(pointer);
    }

    /// <summary>Gives the pointer away (to a value that now owns it) and closes this handle without releasing it.</summary>
    public nint Detach()
    {
        var pointer = handle;
        SetHandleAsInvalid();
        return pointer;
    }

    protected override bool ReleaseHandle()
    {
        NativeMethods.wasmtime_component_resource_any_delete(handle);
        return true;
    }
}
