using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Mirrors <c>wasmtime_global_t</c> (v50): a store id and three private 32-bit fields, 24 bytes with padding.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct CoreGlobalItem
{
    /// <summary>The owning store's id, never zero.</summary>
    public ulong StoreId;

    /// <summary>Private to Wasmtime.</summary>
    public uint Private1;

    /// <summary>Private to Wasmtime.</summary>
    public uint Private2;

    /// <summary>Private to Wasmtime.</summary>
    public uint Private3;
}
