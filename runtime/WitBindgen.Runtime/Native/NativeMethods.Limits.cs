using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>P/Invokes for store limits, epoch deadlines and the pooling allocator.</summary>
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)]
    public static partial void wasmtime_store_limiter(nint store, long memorySize, long tableElements, long instances, long tables, long memories);

    [LibraryImport(Library)]
    public static partial void wasmtime_store_epoch_deadline_callback(
        nint store,
        delegate* unmanaged[Cdecl]<nint, nint, ulong*, byte*, nint> callback,
        nint data,
        delegate* unmanaged[Cdecl]<nint, void> finalizer);

    [LibraryImport(Library)] public static partial nint wasmtime_pooling_allocation_config_new();
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_delete(nint config);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_total_component_instances_set(nint config, uint count);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_total_core_instances_set(nint config, uint count);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_total_memories_set(nint config, uint count);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_total_tables_set(nint config, uint count);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_total_stacks_set(nint config, uint count);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_max_memory_size_set(nint config, nuint bytes);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_config_max_unused_warm_slots_set(nint config, uint count);
    [LibraryImport(Library)] public static partial void wasmtime_pooling_allocation_strategy_set(nint engineConfig, nint poolingConfig);
}
