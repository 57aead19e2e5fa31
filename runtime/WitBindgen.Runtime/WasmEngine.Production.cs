using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>The engine's compiled-component cache, epoch ticker and allocation strategy.</summary>
public sealed partial class WasmEngine
{
    private readonly object _lazyGate = new();
    private EpochTicker? _ticker;
    private ComponentCache? _cache;
    private bool _cacheResolved;

    /// <summary>
    /// The compiled-component cache <see cref="WasmComponent.FromBytes"/> uses, or null when it is off
    /// (<see cref="WasmEngineOptions.CacheCompiledComponents"/>).
    /// </summary>
    public ComponentCache? Cache
    {
        get
        {
            if (!Volatile.Read(ref _cacheResolved))
            {
                lock (_lazyGate)
                {
                    if (!_cacheResolved)
                    {
                        _cache = Options.CacheCompiledComponents
                            ? new ComponentCache(Options.CacheDirectory ?? ComponentCache.DefaultDirectory)
                            : null;
                        Volatile.Write(ref _cacheResolved, true);
                    }
                }
            }

            return _cache;
        }
    }

    /// <summary>The timer that advances the epoch while calls with deadlines run.</summary>
    internal EpochTicker Ticker
    {
        get
        {
            if (Volatile.Read(ref _ticker) is { } ticker)
            {
                return ticker;
            }

            lock (_lazyGate)
            {
                return _ticker ??= new EpochTicker(Handle, Options.EpochTickInterval);
            }
        }
    }

    /// <summary>
    /// Called when the engine is disposed. The ticker is left to the stores, which outlive the engine natively: a
    /// timed call made after the dispose still needs the epoch to advance. It owns its own engine reference, stops
    /// while no timed call runs, and is released by finalization with the last object referring to it.
    /// </summary>
    private void RetireTicker()
    {
        lock (_lazyGate)
        {
            if (Options.EpochInterruption && _ticker is null && !Handle.IsDisposed)
            {
                _ticker = new EpochTicker(Handle, Options.EpochTickInterval);
            }
        }
    }

    private static void ApplyPoolingAllocator(nint config, PoolingAllocatorOptions? options)
    {
        if (options is null)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TotalComponentInstances, nameof(options.TotalComponentInstances));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TotalCoreInstances, nameof(options.TotalCoreInstances));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TotalMemories, nameof(options.TotalMemories));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TotalTables, nameof(options.TotalTables));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxMemoryBytes, nameof(options.MaxMemoryBytes));
        var pooling = NativeMethods.wasmtime_pooling_allocation_config_new();
        try
        {
            NativeMethods.wasmtime_pooling_allocation_config_total_component_instances_set(pooling, (uint)options.TotalComponentInstances);
            NativeMethods.wasmtime_pooling_allocation_config_total_core_instances_set(pooling, (uint)options.TotalCoreInstances);
            NativeMethods.wasmtime_pooling_allocation_config_total_memories_set(pooling, (uint)options.TotalMemories);
            NativeMethods.wasmtime_pooling_allocation_config_total_tables_set(pooling, (uint)options.TotalTables);
            NativeMethods.wasmtime_pooling_allocation_config_max_memory_size_set(pooling, (nuint)options.MaxMemoryBytes);
            if (options.MaxUnusedWarmSlots is { } warm)
            {
                NativeMethods.wasmtime_pooling_allocation_config_max_unused_warm_slots_set(pooling, (uint)warm);
            }

            // The engine configuration keeps its own copy.
            NativeMethods.wasmtime_pooling_allocation_strategy_set(config, pooling);
        }
        finally
        {
            NativeMethods.wasmtime_pooling_allocation_config_delete(pooling);
        }
    }
}
