using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// P/Invoke declarations for the subset of Wasmtime's C API (v50) this runtime uses. The library is the
/// <c>libwasmtime</c> shipped by the Wasmtime NuGet package under <c>runtimes/&lt;rid&gt;/native</c>.
/// Every pointer is raw on purpose: ownership is tracked by the SafeHandles and value types that wrap them.
/// </summary>
internal static unsafe partial class NativeMethods
{
    private const string Library = "wasmtime";

    // ---- engine and configuration ----
    [LibraryImport(Library)] public static partial nint wasm_config_new();
    [LibraryImport(Library)] public static partial void wasm_config_delete(nint config);
    [LibraryImport(Library)] public static partial void wasmtime_config_consume_fuel_set(nint config, [MarshalAs(UnmanagedType.U1)] bool enable);
    [LibraryImport(Library)] public static partial void wasmtime_config_epoch_interruption_set(nint config, [MarshalAs(UnmanagedType.U1)] bool enable);
    [LibraryImport(Library)] public static partial void wasmtime_config_wasm_component_model_set(nint config, [MarshalAs(UnmanagedType.U1)] bool enable);
    [LibraryImport(Library)] public static partial void wasmtime_config_wasm_component_model_map_set(nint config, [MarshalAs(UnmanagedType.U1)] bool enable);
    [LibraryImport(Library)] public static partial void wasmtime_config_concurrency_support_set(nint config, [MarshalAs(UnmanagedType.U1)] bool enable);
    [LibraryImport(Library)] public static partial void wasmtime_config_max_wasm_stack_set(nint config, nuint size);
    [LibraryImport(Library)] public static partial void wasmtime_config_memory_may_move_set(nint config, [MarshalAs(UnmanagedType.U1)] bool enable);
    [LibraryImport(Library)] public static partial nint wasm_engine_new_with_config(nint config);
    [LibraryImport(Library)] public static partial void wasm_engine_delete(nint engine);
    [LibraryImport(Library)] public static partial void wasmtime_engine_increment_epoch(nint engine);

    // ---- byte vectors ----
    [LibraryImport(Library)] public static partial void wasm_byte_vec_new_uninitialized(WasmByteVec* vec, nuint size);
    [LibraryImport(Library)] public static partial void wasm_byte_vec_delete(WasmByteVec* vec);

    // ---- errors and traps ----
    [LibraryImport(Library)] public static partial void wasmtime_error_message(nint error, WasmByteVec* message);
    [LibraryImport(Library)] public static partial void wasmtime_error_delete(nint error);
    [LibraryImport(Library)] public static partial nint wasmtime_error_new(byte* nulTerminatedMessage);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasmtime_error_exit_status(nint error, int* status);
    [LibraryImport(Library)] public static partial void wasmtime_error_wasm_trace(nint error, NativeVec* frames);
    [LibraryImport(Library)] public static partial void wasm_frame_vec_delete(NativeVec* frames);
    [LibraryImport(Library)] public static partial uint wasm_frame_func_index(nint frame);
    [LibraryImport(Library)] public static partial nuint wasm_frame_module_offset(nint frame);
    [LibraryImport(Library)] public static partial WasmByteVec* wasmtime_frame_func_name(nint frame);
    [LibraryImport(Library)] public static partial WasmByteVec* wasmtime_frame_module_name(nint frame);

    // ---- text format ----
    [LibraryImport(Library)] public static partial nint wasmtime_wat2wasm(byte* wat, nuint length, WasmByteVec* wasm);

    // ---- stores ----
    [LibraryImport(Library)] public static partial nint wasmtime_store_new(nint engine, nint data, nint finalizer);
    [LibraryImport(Library)] public static partial nint wasmtime_store_context(nint store);
    [LibraryImport(Library)] public static partial void wasmtime_store_delete(nint store);
    [LibraryImport(Library)] public static partial nint wasmtime_context_set_fuel(nint context, ulong fuel);
    [LibraryImport(Library)] public static partial nint wasmtime_context_get_fuel(nint context, ulong* fuel);
    [LibraryImport(Library)] public static partial void wasmtime_context_set_epoch_deadline(nint context, ulong ticksBeyondCurrent);
    [LibraryImport(Library)] public static partial nint wasmtime_context_set_wasi(nint context, nint wasiConfig);

    // ---- values ----
    [LibraryImport(Library)] public static partial void wasmtime_component_val_delete(ComponentVal* value);
    [LibraryImport(Library)] public static partial void wasmtime_component_val_clone(ComponentVal* source, ComponentVal* destination);
    [LibraryImport(Library)] public static partial ComponentVal* wasmtime_component_val_new(ComponentVal* value);
    [LibraryImport(Library)] public static partial void wasmtime_component_val_free(ComponentVal* value);
    [LibraryImport(Library)] public static partial void wasmtime_component_vallist_new_uninit(NativeVec* vec, nuint size);
    [LibraryImport(Library)] public static partial void wasmtime_component_valrecord_new_uninit(NativeVec* vec, nuint size);
    [LibraryImport(Library)] public static partial void wasmtime_component_valtuple_new_uninit(NativeVec* vec, nuint size);
    [LibraryImport(Library)] public static partial void wasmtime_component_valflags_new_uninit(NativeVec* vec, nuint size);
    [LibraryImport(Library)] public static partial void wasmtime_component_valmap_new_uninit(NativeVec* vec, nuint size);

    // ---- WASI ----
    [LibraryImport(Library)] public static partial nint wasi_config_new();
    [LibraryImport(Library)] public static partial void wasi_config_delete(nint config);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasi_config_set_argv(nint config, nuint count, byte** argv);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasi_config_set_env(nint config, nuint count, byte** names, byte** values);
    [LibraryImport(Library)] public static partial void wasi_config_inherit_argv(nint config);
    [LibraryImport(Library)] public static partial void wasi_config_inherit_env(nint config);
    [LibraryImport(Library)] public static partial void wasi_config_inherit_stdin(nint config);
    [LibraryImport(Library)] public static partial void wasi_config_inherit_stdout(nint config);
    [LibraryImport(Library)] public static partial void wasi_config_inherit_stderr(nint config);
    [LibraryImport(Library)] public static partial void wasi_config_set_stdin_bytes(nint config, WasmByteVec* bytes);
    [LibraryImport(Library)]
    public static partial void wasi_config_set_stdout_custom(nint config, delegate* unmanaged[Cdecl]<nint, byte*, nuint, nint> write, nint data, delegate* unmanaged[Cdecl]<nint, void> finalizer);
    [LibraryImport(Library)]
    public static partial void wasi_config_set_stderr_custom(nint config, delegate* unmanaged[Cdecl]<nint, byte*, nuint, nint> write, nint data, delegate* unmanaged[Cdecl]<nint, void> finalizer);
    [LibraryImport(Library)] [return: MarshalAs(UnmanagedType.U1)] public static partial bool wasi_config_preopen_dir(nint config, byte* hostPath, byte* guestPath, nuint directoryPermissions, nuint filePermissions);
}

/// <summary>Mirrors the C API's component value vectors (<c>size</c> then <c>data</c>), element type left to the caller.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct NativeVec
{
    /// <summary>Number of elements.</summary>
    public nuint Size;

    /// <summary>First element.</summary>
    public void* Data;
}
