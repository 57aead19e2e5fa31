using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Mirrors <c>wasmtime_instance_t</c> (v50): a store id and a private index, 16 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct CoreInstanceItem
{
    /// <summary>The owning store's id, never zero.</summary>
    public ulong StoreId;

    /// <summary>Private to Wasmtime.</summary>
    public nuint Private;
}
