namespace WitBindgen.Runtime;

/// <summary>
/// Sizes of Wasmtime's pooling allocator (<see cref="WasmEngineOptions.PoolingAllocator"/>). Every slot is reserved
/// up front (virtual memory), so keep the totals near the number of instances alive at once.
/// </summary>
public sealed record PoolingAllocatorOptions
{
    /// <summary>
    /// Component instances alive at once across the engine (default 100). Only the Wasmtime backend makes component
    /// instances; instances on the direct backend are bounded by <see cref="TotalCoreInstances"/>.
    /// </summary>
    public int TotalComponentInstances { get; init; } = 100;

    /// <summary>Core module instances alive at once across the engine (default 1,000; a component has several).</summary>
    public int TotalCoreInstances { get; init; } = 1000;

    /// <summary>Linear memories alive at once across the engine (default 100).</summary>
    public int TotalMemories { get; init; } = 100;

    /// <summary>Tables alive at once across the engine (default 1,000).</summary>
    public int TotalTables { get; init; } = 1000;

    /// <summary>Largest size of one linear memory in bytes (default 64 MiB); growing beyond it fails.</summary>
    public long MaxMemoryBytes { get; init; } = 64L << 20;

    /// <summary>Slots kept warm for reuse after an instance is freed (default: Wasmtime's).</summary>
    public int? MaxUnusedWarmSlots { get; init; }
}
