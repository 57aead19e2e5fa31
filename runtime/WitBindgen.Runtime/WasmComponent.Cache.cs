namespace WitBindgen.Runtime;

/// <summary>How the component was obtained.</summary>
public sealed partial class WasmComponent
{
    /// <summary>
    /// What the engine's <see cref="ComponentCache"/> did when this component was loaded (<see cref="ComponentCacheOutcome.Hit"/>:
    /// nothing was compiled), or null when no cache was used. On the direct backend, which caches each core module of
    /// the component, the least favourable outcome of its modules (in the enum's order).
    /// </summary>
    public ComponentCacheOutcome? CacheOutcome { get; internal set; }

    /// <inheritdoc />
    ComponentCacheOutcome? ICompiledArtifact<WasmComponent>.CacheOutcome
    {
        set => CacheOutcome = value;
    }

    /// <inheritdoc />
    static WasmComponent ICompiledArtifact<WasmComponent>.Compile(WasmEngine engine, ReadOnlySpan<byte> bytes) => Compile(engine, bytes);
}
