using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// P/Invoke declarations for Wasmtime's component resource API (v50): host-defined resource types, the
/// <c>wasmtime_component_resource_any_t</c> handles values carry, and host resources (a trusted 32-bit rep and type).
/// </summary>
internal static unsafe partial class NativeMethods
{
    // ---- resource types ----
    [LibraryImport(Library)] public static partial nint wasmtime_component_resource_type_new_host(uint type);
    [LibraryImport(Library)] public static partial void wasmtime_component_resource_type_delete(nint type);

    // ---- any resource (guest- or host-defined) ----
    [LibraryImport(Library)] public static partial nint wasmtime_component_resource_any_clone(nint resource);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasmtime_component_resource_any_owned(nint resource);
    [LibraryImport(Library)] public static partial nint wasmtime_component_resource_any_drop(nint context, nint resource);
    [LibraryImport(Library)] public static partial void wasmtime_component_resource_any_delete(nint resource);
    [LibraryImport(Library)] public static partial nint wasmtime_component_resource_any_to_host(nint context, nint resource, nint* host);

    // ---- host resources ----
    [LibraryImport(Library)] public static partial nint wasmtime_component_resource_host_new([MarshalAs(UnmanagedType.U1)] bool owned, uint rep, uint type);
    [LibraryImport(Library)] public static partial uint wasmtime_component_resource_host_rep(nint resource);
    [LibraryImport(Library)] public static partial uint wasmtime_component_resource_host_type(nint resource);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasmtime_component_resource_host_owned(nint resource);
    [LibraryImport(Library)] public static partial void wasmtime_component_resource_host_delete(nint resource);
    [LibraryImport(Library)] public static partial nint wasmtime_component_resource_host_to_any(nint context, nint resource, nint* any);

    // ---- linker ----
    [LibraryImport(Library)]
    public static partial nint wasmtime_component_linker_instance_add_resource(
        nint linkerInstance, byte* name, nuint nameLength, nint type,
        delegate* unmanaged[Cdecl]<nint, nint, uint, nint> destructor,
        nint data, delegate* unmanaged[Cdecl]<nint, void> finalizer);

    // ---- store data (the per-store resource state) ----
    // A field read, on every direct import call: it skips the GC transition.
    [LibraryImport(Library)] [SuppressGCTransition] public static partial nint wasmtime_context_get_data(nint context);
}
