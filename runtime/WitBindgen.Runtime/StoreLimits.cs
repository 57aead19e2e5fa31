namespace WitBindgen.Runtime;

/// <summary>
/// Caps on what the guests in one <see cref="ComponentStore"/> may allocate (Wasmtime's store limiter). Null keeps
/// Wasmtime's default (memory and table size unlimited, 10,000 instances, tables and memories). Limits apply to
/// creation and growth after they are set, so set them before instantiating.
/// </summary>
public sealed record StoreLimits
{
    /// <summary>
    /// Largest size in bytes of any one linear memory. An instance whose memory starts larger fails to instantiate
    /// with <see cref="WitMemoryLimitException"/>; growing past it makes the guest's <c>memory.grow</c> return -1.
    /// </summary>
    public long? MaxMemoryBytes { get; init; }

    /// <summary>Largest number of elements in any one table (beyond it: <see cref="WitTableLimitException"/> at instantiation, failed <c>table.grow</c> later).</summary>
    public long? MaxTableElements { get; init; }

    /// <summary>Most core instances in the store; a component counts each core module instance it creates.</summary>
    public int? MaxInstances { get; init; }

    /// <summary>Most tables in the store.</summary>
    public int? MaxTables { get; init; }

    /// <summary>Most linear memories in the store.</summary>
    public int? MaxMemories { get; init; }
}
