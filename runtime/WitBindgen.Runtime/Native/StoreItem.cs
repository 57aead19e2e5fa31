using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>Mirrors <c>wasmtime_component_func_t</c> (and <c>wasmtime_component_instance_t</c>): a store id and an index.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct StoreItem
{
    /// <summary>Identifier of the owning store, never zero for a valid item.</summary>
    public ulong StoreId;

    /// <summary>Index within the store.</summary>
    public nuint Index;
}
