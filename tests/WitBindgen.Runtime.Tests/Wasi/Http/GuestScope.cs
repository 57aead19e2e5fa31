namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>
/// A direct-backend store with a WASI configuration, entered as a guest's call would enter it, so WASI host objects
/// created inside find that store's configuration.
/// </summary>
internal sealed class GuestScope : IDisposable
{
    private readonly WasmEngine _engine = new(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false });
    private readonly ComponentStore _store;
    private readonly ResourceScope.Exit _scope;

    public GuestScope(WasiConfiguration wasi)
    {
        _store = new ComponentStore(_engine, wasi);
        _scope = ResourceScope.Enter(_store, null, "test");
    }

    public void Dispose()
    {
        _scope.Dispose();
        _store.Dispose();
        _engine.Dispose();
    }
}
