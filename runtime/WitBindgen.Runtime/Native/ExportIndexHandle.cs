using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>Owns an export index (wasmtime_component_export_index_t) and releases it exactly once.</summary>
internal sealed class ExportIndexHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Creates an empty handle (used by the marshaller and for failed creations).</summary>
    public ExportIndexHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of <paramref name="pointer"/>.</summary>
    public ExportIndexHandle(nint pointer)
        : base(ownsHandle: true)
    {
        SetHandle(pointer);
    }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        NativeMethods.wasmtime_component_export_index_delete(handle);
        return true;
    }
}
