namespace WitBindgen.Runtime;

/// <summary>Compilation and execution settings of a <see cref="WasmEngine"/>. The component model is always enabled.</summary>
public sealed partial record WasmEngineOptions
{
    /// <summary>Meter execution with fuel (<see cref="ComponentStore.Fuel"/>); a store without fuel traps at once.</summary>
    public bool ConsumeFuel { get; init; }

    /// <summary>Interrupt execution at epoch deadlines (<see cref="WasmEngine.IncrementEpoch"/>, <see cref="ComponentStore.SetEpochDeadline"/>).</summary>
    public bool EpochInterruption { get; init; }

    /// <summary>Accept components that use WIT <c>map</c> types (a proposal Wasmtime gates behind a flag).</summary>
    public bool EnableMapTypes { get; init; }

    /// <summary>
    /// Enables Wasmtime's component-model concurrency machinery (async tasks, streams, futures). Off by default:
    /// this runtime calls synchronously, and with it on every call costs about three times as much.
    /// </summary>
    public bool ConcurrencySupport { get; init; }

    /// <summary>Maximum WebAssembly stack in bytes, or null for Wasmtime's default.</summary>
    public int? MaxWasmStack { get; init; }
}
