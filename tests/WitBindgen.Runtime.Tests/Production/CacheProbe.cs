namespace WitBindgen.Runtime.Tests.Production;

/// <summary>What the cache tests ask of an engine: which artifact file a component used, and what it computes.</summary>
internal static class CacheProbe
{
    /// <summary>Loads <paramref name="wat"/> and returns the artifact file the cache used for it.</summary>
    public static string PathOf(WasmEngine engine, string wat)
    {
        string? path = null;
        EventHandler<ComponentCacheEventArgs> handler = (_, e) => path = e.Path;
        engine.Cache!.Lookup += handler;
        WasmComponent.FromWat(engine, wat).Dispose();
        engine.Cache.Lookup -= handler;
        return path.ShouldNotBeNull();
    }

    /// <summary>Instantiates <paramref name="component"/> in a new store and returns what its <c>answer</c> export gives.</summary>
    public static uint Run(WasmEngine engine, WasmComponent component)
    {
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        return linker.Instantiate(store, component).GetFunction(null, "answer").InvokeU32();
    }
}
