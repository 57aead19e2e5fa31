namespace WitBindgen.Runtime;

/// <summary>
/// Compiled code the <see cref="ComponentCache"/> can keep on disk: a component, or a core module of the direct
/// backend. The cache compiles, serializes and deserializes through these members and records what it did.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface ICompiledArtifact<TSelf>
    where TSelf : class, ICompiledArtifact<TSelf>
{
    /// <summary>What the cache did when the artifact was loaded.</summary>
    ComponentCacheOutcome? CacheOutcome { set; }

    /// <summary>Compiles <paramref name="bytes"/> without consulting any cache.</summary>
    static abstract TSelf Compile(WasmEngine engine, ReadOnlySpan<byte> bytes);

    /// <summary>Loads an artifact <see cref="Serialize"/> produced (trusted bytes only: it is native code).</summary>
    static abstract TSelf Deserialize(WasmEngine engine, ReadOnlySpan<byte> serialized);

    /// <summary>The compiled artifact's bytes.</summary>
    byte[] Serialize();
}
