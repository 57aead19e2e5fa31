using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// A Wasmtime engine: compiles components and is shared by every store, linker and component made from it.
/// Thread-safe. Dispose it after everything made from it (native objects keep their own references, so an
/// early dispose is safe but wasteful).
/// </summary>
public sealed partial class WasmEngine : IDisposable
{
    /// <summary>Creates an engine with default options.</summary>
    public WasmEngine()
        : this(new WasmEngineOptions())
    {
    }

    /// <summary>Creates an engine with <paramref name="options"/>.</summary>
    public WasmEngine(WasmEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Backend = options.Backend;
        var config = NativeMethods.wasm_config_new();
        if (config == 0)
        {
            throw new WitRuntimeException("Wasmtime could not allocate an engine configuration.");
        }

        NativeMethods.wasmtime_config_wasm_component_model_set(config, true);
        NativeMethods.wasmtime_config_consume_fuel_set(config, options.ConsumeFuel);
        NativeMethods.wasmtime_config_epoch_interruption_set(config, options.EpochInterruption);
        if (options.EnableMapTypes)
        {
            NativeMethods.wasmtime_config_wasm_component_model_map_set(config, true);
        }

        NativeMethods.wasmtime_config_concurrency_support_set(config, options.ConcurrencySupport);

        // Linear memories stay where they were made. Wasmtime's default reservation already holds every 32-bit memory
        // in place; this makes it a guarantee, so the direct backend may keep a memory's address between calls.
        NativeMethods.wasmtime_config_memory_may_move_set(config, false);

        if (options.MaxWasmStack is { } stack)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stack, nameof(options.MaxWasmStack));
            NativeMethods.wasmtime_config_max_wasm_stack_set(config, (nuint)stack);
        }

        ApplyPoolingAllocator(config, options.PoolingAllocator);

        // wasm_engine_new_with_config takes ownership of the configuration, even on failure.
        var engine = NativeMethods.wasm_engine_new_with_config(config);
        if (engine == 0)
        {
            throw new WitRuntimeException("Wasmtime could not create an engine with the given options.");
        }

        Handle = new EngineHandle(engine);
    }

    /// <summary>The options the engine was created with.</summary>
    public WasmEngineOptions Options { get; }

    internal EngineHandle Handle { get; }

    /// <summary>
    /// The backend chosen for components loaded with the engine: <see cref="WasmEngineOptions.Backend"/>, read once (with
    /// its environment variable) when the engine was created.
    /// </summary>
    internal ComponentBackend Backend { get; }

    /// <summary>Advances the epoch counter (only meaningful with <see cref="WasmEngineOptions.EpochInterruption"/>).</summary>
    public void IncrementEpoch()
    {
        using var engine = Handle.Lease();
        NativeMethods.wasmtime_engine_increment_epoch(engine.Pointer);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        RetireTicker();
        Handle.Dispose();
    }
}
