namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A function, memory, table or global of a store: an instance's export, a host function materialized in the store,
/// or an import given to <see cref="CoreInstance.Instantiate"/>. Valid as long as its store.
/// </summary>
internal abstract class CoreExternal
{
    private protected CoreExternal(CoreStore store, string name)
    {
        Store = store;
        Name = name;
    }

    /// <summary>The store the item lives in; it can only be used with that store.</summary>
    public CoreStore Store { get; }

    /// <summary>Where it came from, for messages (e.g. <c>memory</c>, <c>env.log</c>).</summary>
    public string Name { get; }

    /// <summary>The native item.</summary>
    internal abstract CoreExtern ToExtern();

    /// <summary>Throws unless the item lives in <paramref name="store"/> (Wasmtime aborts the process on a foreign item).</summary>
    internal void RequireStore(CoreStore store, string use)
    {
        if (!ReferenceEquals(Store, store))
        {
            throw new ArgumentException($"The {GetType().Name.Replace("Core", string.Empty, StringComparison.Ordinal).ToLowerInvariant()} '{Name}' belongs to another store and cannot be used for {use}.");
        }
    }
}
