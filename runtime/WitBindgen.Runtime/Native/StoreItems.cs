using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// Mirrors <c>wasmtime_component_instance_t</c> (v50): a store id and a private 32-bit index, 16 bytes with padding.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct InstanceItem
{
    /// <summary>Identifier of the owning store, never zero for a valid item.</summary>
    public ulong StoreId;

    /// <summary>Private to Wasmtime.</summary>
    public uint Private;
}

/// <summary>
/// Mirrors <c>wasmtime_component_func_t</c> (v50): the owning instance (16 bytes), a private 32-bit index at
/// offset 16 and a private pointer at offset 24, 32 bytes in all (checked by the layout tests).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FuncItem
{
    /// <summary>The instance part.</summary>
    public InstanceItem Instance;

    /// <summary>Private to Wasmtime.</summary>
    public uint Private;

    /// <summary>Private to Wasmtime.</summary>
    public nint PrivatePointer;
}
