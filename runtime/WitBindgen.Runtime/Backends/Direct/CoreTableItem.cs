using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Mirrors <c>wasmtime_table_t</c> (v50): an anonymous struct of a store id and a private 32-bit field (padded to
/// 16 bytes), then a second private 32-bit field at offset 16, 24 bytes in all (checked by the layout tests).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
internal struct CoreTableItem
{
    /// <summary>The owning store's id, never zero.</summary>
    [FieldOffset(0)]
    public ulong StoreId;

    /// <summary>Private to Wasmtime.</summary>
    [FieldOffset(8)]
    public uint Private1;

    /// <summary>Private to Wasmtime.</summary>
    [FieldOffset(16)]
    public uint Private2;
}
