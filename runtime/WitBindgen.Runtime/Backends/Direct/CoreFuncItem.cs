using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Mirrors <c>wasmtime_func_t</c> (v50): a store id (zero for a null <c>funcref</c>) and a private pointer.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct CoreFuncItem
{
    /// <summary>The owning store's id; zero means a null function reference.</summary>
    public ulong StoreId;

    /// <summary>Private to Wasmtime.</summary>
    public nint Private;
}
