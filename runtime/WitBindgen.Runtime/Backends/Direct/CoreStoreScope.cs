namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The store entered for one short native operation (a lookup, a memory or table access): the thread check is made
/// and the native store kept alive until <see cref="Dispose"/>, even if another thread disposes it meanwhile.
/// </summary>
/// <example><c>using var entered = store.Enter("reading a global"); native(entered.Context, ...);</c></example>
internal readonly ref struct CoreStoreScope
{
    private readonly ComponentStore _store;

    internal CoreStoreScope(ComponentStore store, string operation)
    {
        store.Enter(operation);
        _store = store;
    }

    /// <summary>The store's <c>wasmtime_context_t*</c>, valid until <see cref="Dispose"/>.</summary>
    public nint Context => _store.EnteredContext;

    /// <summary>Leaves the store.</summary>
    public void Dispose() => _store?.Exit();
}
