namespace WitBindgen.Runtime;

/// <summary>Engine settings for caching, deadlines and instance allocation.</summary>
public sealed partial record WasmEngineOptions
{
    /// <summary>
    /// Keep compiled components in a private on-disk cache so a later process start skips compilation (default on).
    /// See <see cref="ComponentCache"/>.
    /// </summary>
    public bool CacheCompiledComponents { get; init; } = true;

    /// <summary>
    /// The cache directory, or null for the default (<see cref="ComponentCache.DefaultDirectory"/>). The directory is
    /// created owner-only; a directory other users can reach is refused and the cache stays off.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// How often the engine's epoch advances while a call with a deadline or cancellation token runs (default 5 ms):
    /// the granularity of <see cref="ComponentStore.CallTimeout"/> and <see cref="ComponentStore.CallCancellation"/>.
    /// Only used with <see cref="EpochInterruption"/>.
    /// </summary>
    public TimeSpan EpochTickInterval { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Allocate instances from Wasmtime's pooling allocator (pre-reserved slots, reused without new mappings): much
    /// cheaper instantiation for servers that create an instance per request. Null (default): on-demand allocation.
    /// </summary>
    public PoolingAllocatorOptions? PoolingAllocator { get; init; }

    /// <summary>The settings that change compiled code, for cache keys.</summary>
    internal string CompilationFingerprint =>
        FormattableString.Invariant(
            $"fuel={ConsumeFuel};epoch={EpochInterruption};maps={EnableMapTypes};concurrency={ConcurrencySupport};stack={MaxWasmStack};pool={PoolingAllocator};memories=fixed");
}
