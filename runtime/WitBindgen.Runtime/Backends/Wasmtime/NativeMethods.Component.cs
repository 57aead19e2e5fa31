using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// P/Invoke declarations for Wasmtime's component API (v50) that only the Wasmtime backend uses: compiling
/// components, the component linker, and calling component instances' functions.
/// </summary>
internal static unsafe partial class NativeMethods
{
    // ---- components ----
    [LibraryImport(Library)] public static partial nint wasmtime_component_new(nint engine, byte* bytes, nuint length, nint* component);
    [LibraryImport(Library)] public static partial nint wasmtime_component_serialize(nint component, WasmByteVec* bytes);
    [LibraryImport(Library)] public static partial nint wasmtime_component_deserialize(nint engine, byte* bytes, nuint length, nint* component);
    [LibraryImport(Library)] public static partial nint wasmtime_component_deserialize_file(nint engine, byte* nulTerminatedPath, nint* component);
    [LibraryImport(Library)] public static partial void wasmtime_component_delete(nint component);
    [LibraryImport(Library)] public static partial nint wasmtime_component_get_export_index(nint component, nint instanceIndex, byte* name, nuint nameLength);
    [LibraryImport(Library)] public static partial void wasmtime_component_export_index_delete(nint index);

    // ---- linker ----
    [LibraryImport(Library)] public static partial nint wasmtime_component_linker_new(nint engine);
    [LibraryImport(Library)] public static partial void wasmtime_component_linker_delete(nint linker);
    [LibraryImport(Library)] public static partial void wasmtime_component_linker_allow_shadowing(nint linker, [MarshalAs(UnmanagedType.U1)] bool allow);
    [LibraryImport(Library)] public static partial nint wasmtime_component_linker_root(nint linker);
    [LibraryImport(Library)] public static partial void wasmtime_component_linker_instance_delete(nint linkerInstance);
    [LibraryImport(Library)] public static partial nint wasmtime_component_linker_instance_add_instance(nint linkerInstance, byte* name, nuint nameLength, nint* nested);
    [LibraryImport(Library)]
    public static partial nint wasmtime_component_linker_instance_add_func(
        nint linkerInstance, byte* name, nuint nameLength,
        delegate* unmanaged[Cdecl]<nint, nint, nint, ComponentVal*, nuint, ComponentVal*, nuint, nint> callback,
        nint data, delegate* unmanaged[Cdecl]<nint, void> finalizer);
    [LibraryImport(Library)] public static partial nint wasmtime_component_linker_add_wasip2(nint linker);
    [LibraryImport(Library)] public static partial nint wasmtime_component_linker_define_unknown_imports_as_traps(nint linker, nint component);
    [LibraryImport(Library)] public static partial nint wasmtime_component_linker_instantiate(nint linker, nint context, nint component, InstanceItem* instance);

    // ---- instances and functions ----
    [LibraryImport(Library)] public static partial nint wasmtime_component_instance_get_export_index(InstanceItem* instance, nint context, nint instanceIndex, byte* name, nuint nameLength);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasmtime_component_instance_get_func(InstanceItem* instance, nint context, nint exportIndex, FuncItem* func);
    [LibraryImport(Library)] public static partial nint wasmtime_component_func_call(FuncItem* func, nint context, ComponentVal* args, nuint argCount, ComponentVal* results, nuint resultCount);
    [LibraryImport(Library)] public static partial nint wasmtime_component_func_post_return(FuncItem* func, nint context);
}
