namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>
/// One instance of a WAT component with WASI linked (<see cref="ComponentLinker.AddWasiPreview2"/>), on a chosen
/// backend, in a store with the given WASI configuration; calls its exports by name.
/// </summary>
internal sealed class WasiRun : IDisposable
{
    private readonly WasmEngine _engine;
    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;

    public WasiRun(ComponentBackend backend, string wat, WasiConfiguration? wasi = null, bool epochInterruption = false)
    {
        _engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false, EpochInterruption = epochInterruption });
        _component = WasmComponent.FromWat(_engine, wat);
        _linker = new ComponentLinker(_engine);
        _linker.AddWasiPreview2();
        Store = new ComponentStore(_engine, wasi);
        Instance = _linker.Instantiate(Store, _component);
    }

    public ComponentStore Store { get; }

    public ComponentInstance Instance { get; }

    /// <summary>Calls <paramref name="name"/>, which returns nothing.</summary>
    public void Call(string name, params ComponentVal[] args)
    {
        try
        {
            Instance.GetFunction(null, name).Call(args, []);
        }
        finally
        {
            ComponentVal.Free(args);
        }
    }

    /// <summary>Calls <paramref name="name"/> and reads its one result with <paramref name="read"/>.</summary>
    public T Call<T>(string name, Func<ComponentVal, T> read, params ComponentVal[] args)
    {
        var results = new ComponentVal[1];
        try
        {
            Instance.GetFunction(null, name).Call(args, results);
            return read(results[0]);
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }

    public ulong CallU64(string name, params ComponentVal[] args) => Call(name, v => v.GetU64(), args);

    public void Dispose()
    {
        Store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }
}
