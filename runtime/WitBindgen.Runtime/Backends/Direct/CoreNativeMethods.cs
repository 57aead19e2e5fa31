using System.Runtime.InteropServices;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// P/Invoke declarations for the part of Wasmtime's core C API (v50: <c>module.h</c>, <c>linker.h</c>,
/// <c>instance.h</c>, <c>func.h</c>, <c>memory.h</c>, <c>table.h</c>, <c>global.h</c>, <c>trap.h</c>) the direct
/// backend uses. Engines, stores, errors and byte vectors are the ones in <see cref="NativeMethods"/>.
/// </summary>
internal static unsafe partial class CoreNativeMethods
{
    private const string Library = "wasmtime";

    // ---- modules ----
    [LibraryImport(Library)] public static partial nint wasmtime_module_new(nint engine, byte* wasm, nuint length, nint* module);
    [LibraryImport(Library)] public static partial void wasmtime_module_delete(nint module);
    [LibraryImport(Library)] public static partial nint wasmtime_module_serialize(nint module, WasmByteVec* bytes);
    [LibraryImport(Library)] public static partial nint wasmtime_module_deserialize(nint engine, byte* bytes, nuint length, nint* module);

    // ---- function types (wasm.h) ----
    [LibraryImport(Library)] public static partial nint wasm_valtype_new(byte kind);
    [LibraryImport(Library)] public static partial void wasm_valtype_vec_new(NativeVec* vec, nuint size, nint* types);
    [LibraryImport(Library)] public static partial nint wasm_functype_new(NativeVec* parameters, NativeVec* results);
    [LibraryImport(Library)] public static partial void wasm_functype_delete(nint type);
    [LibraryImport(Library)] public static partial NativeVec* wasm_functype_params(nint type);
    [LibraryImport(Library)] public static partial NativeVec* wasm_functype_results(nint type);
    [LibraryImport(Library)] public static partial byte wasm_valtype_kind(nint type);

    // ---- linker ----
    [LibraryImport(Library)] public static partial nint wasmtime_linker_new(nint engine);
    [LibraryImport(Library)] public static partial void wasmtime_linker_delete(nint linker);
    [LibraryImport(Library)]
    public static partial nint wasmtime_linker_define_func_unchecked(
        nint linker, byte* module, nuint moduleLength, byte* name, nuint nameLength, nint type,
        delegate* unmanaged[Cdecl]<nint, nint, ValRaw*, nuint, nint> callback,
        nint data, delegate* unmanaged[Cdecl]<nint, void> finalizer);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool wasmtime_linker_get(nint linker, nint context, byte* module, nuint moduleLength, byte* name, nuint nameLength, CoreExtern* item);
    [LibraryImport(Library)] public static partial nint wasmtime_linker_instantiate_pre(nint linker, nint module, nint* instancePre);

    // ---- instances ----
    [LibraryImport(Library)] public static partial nint wasmtime_instance_new(nint context, nint module, CoreExtern* imports, nuint importCount, CoreInstanceItem* instance, nint* trap);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool wasmtime_instance_export_get(nint context, CoreInstanceItem* instance, byte* name, nuint nameLength, CoreExtern* item);
    [LibraryImport(Library)] public static partial void wasmtime_instance_pre_delete(nint instancePre);
    [LibraryImport(Library)] public static partial nint wasmtime_instance_pre_instantiate(nint instancePre, nint context, CoreInstanceItem* instance, nint* trap);

    // ---- functions ----
    [LibraryImport(Library)] public static partial nint wasmtime_func_type(nint context, CoreFuncItem* func);
    [LibraryImport(Library)] public static partial nint wasmtime_func_call_unchecked(nint context, CoreFuncItem* func, ValRaw* argsAndResults, nuint length, nint* trap);

    // The getters below only read a field of the store, never block nor call back into .NET, and run on every import
    // call and memory access: they skip the GC transition.
    [LibraryImport(Library)] [SuppressGCTransition] public static partial nint wasmtime_caller_context(nint caller);

    // ---- memories ----
    [LibraryImport(Library)] [SuppressGCTransition] public static partial byte* wasmtime_memory_data(nint context, CoreMemoryItem* memory);
    [LibraryImport(Library)] [SuppressGCTransition] public static partial nuint wasmtime_memory_data_size(nint context, CoreMemoryItem* memory);
    [LibraryImport(Library)] public static partial ulong wasmtime_memory_size(nint context, CoreMemoryItem* memory);
    [LibraryImport(Library)] public static partial nint wasmtime_memory_grow(nint context, CoreMemoryItem* memory, ulong delta, ulong* previousSize);

    // ---- tables ----
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool wasmtime_table_get(nint context, CoreTableItem* table, ulong index, CoreVal* value);
    [LibraryImport(Library)] public static partial nint wasmtime_table_set(nint context, CoreTableItem* table, ulong index, CoreVal* value);
    [LibraryImport(Library)] public static partial ulong wasmtime_table_size(nint context, CoreTableItem* table);

    // ---- globals ----
    [LibraryImport(Library)] public static partial void wasmtime_global_get(nint context, CoreGlobalItem* global, CoreVal* value);
    [LibraryImport(Library)] public static partial nint wasmtime_global_set(nint context, CoreGlobalItem* global, CoreVal* value);
    [LibraryImport(Library)] public static partial void wasmtime_val_unroot(CoreVal* value);

    // ---- traps ----
    [LibraryImport(Library)] public static partial nint wasmtime_trap_new(byte* message, nuint length);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasmtime_trap_code(nint trap, byte* code);
    [LibraryImport(Library)] public static partial void wasm_trap_message(nint trap, WasmByteVec* message);
    [LibraryImport(Library)] public static partial void wasm_trap_trace(nint trap, NativeVec* frames);
    [LibraryImport(Library)] public static partial void wasm_trap_delete(nint trap);
}
