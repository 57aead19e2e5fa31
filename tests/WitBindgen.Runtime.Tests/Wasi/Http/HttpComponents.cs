namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>
/// The componentize-js components of tests/components/http-fetch and http-proxy, compiled once per backend (they are
/// large) with WASI linked.
/// </summary>
internal static class HttpComponents
{
    private static readonly Dictionary<(string, ComponentBackend), (WasmEngine, WasmComponent, ComponentLinker)> Loaded = [];

    /// <summary>The engine, component and linker for <paramref name="file"/> (under components/) on <paramref name="backend"/>.</summary>
    public static (WasmEngine Engine, WasmComponent Component, ComponentLinker Linker) Get(string file, ComponentBackend backend)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue((file, backend), out var loaded))
            {
                var engine = new WasmEngine(new WasmEngineOptions { Backend = backend });
                var component = WasmComponent.FromFile(engine, Path.Combine(AppContext.BaseDirectory, "components", file));
                var linker = new ComponentLinker(engine);
                linker.AddWasiPreview2();
                loaded = (engine, component, linker);
                Loaded.Add((file, backend), loaded);
            }

            return loaded;
        }
    }
}
