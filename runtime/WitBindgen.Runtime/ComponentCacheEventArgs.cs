namespace WitBindgen.Runtime;

/// <summary>One lookup in a <see cref="ComponentCache"/> (see <see cref="ComponentCache.Lookup"/>).</summary>
public sealed class ComponentCacheEventArgs : EventArgs
{
    internal ComponentCacheEventArgs(ComponentCacheOutcome outcome, string key, string? path, string? reason)
    {
        Outcome = outcome;
        Key = key;
        Path = path;
        Reason = reason;
    }

    /// <summary>Hit, miss, rejected artifact or unusable cache.</summary>
    public ComponentCacheOutcome Outcome { get; }

    /// <summary>The cache key: SHA-256 of the component bytes, the Wasmtime version and the engine settings (hex).</summary>
    public string Key { get; }

    /// <summary>The artifact file, or null when the cache is unavailable.</summary>
    public string? Path { get; }

    /// <summary>Why an artifact was rejected, a store failed, or the cache is unavailable; null otherwise.</summary>
    public string? Reason { get; }
}
