using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed class CoreModuleCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "witbindgen-core-cache-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_second_engine_loads_the_compiled_module_from_disk()
    {
        var events = new List<ComponentCacheEventArgs>();
        using (var first = new WasmEngine(Options()))
        {
            first.Cache!.Lookup += (_, e) => events.Add(e);
            CoreModule.FromWat(first, CoreModules.Arithmetic).CacheOutcome.ShouldBe(ComponentCacheOutcome.Miss);
        }

        using var second = new WasmEngine(Options());
        second.Cache!.Lookup += (_, e) => events.Add(e);
        var loaded = CoreModule.FromWat(second, CoreModules.Arithmetic);

        loaded.CacheOutcome.ShouldBe(ComponentCacheOutcome.Hit);
        events.Select(e => e.Outcome).ShouldBe([ComponentCacheOutcome.Miss, ComponentCacheOutcome.Hit]);
        events[0].Key.ShouldBe(events[1].Key);
        File.Exists(events[1].Path).ShouldBeTrue();
        using var store = new ComponentStore(second);
        Span<ValRaw> slots = [ValRaw.FromI32(20), ValRaw.FromI32(22)];
        CoreInstance.Instantiate(CoreStore.For(store), loaded, []).Function("add").Call(slots);
        slots[0].I32.ShouldBe(42);
    }

    [Fact]
    public void A_module_shared_by_many_components_is_compiled_once_per_engine()
    {
        var events = new List<ComponentCacheEventArgs>();
        using var engine = new WasmEngine(Options());
        engine.Cache!.Lookup += (_, e) => events.Add(e);

        var first = CoreModule.FromWat(engine, CoreModules.Memory);
        var again = CoreModule.FromWat(engine, CoreModules.Memory);

        again.ShouldBeSameAs(first);
        events.Count.ShouldBe(1);
        engine.Cache.Misses.ShouldBe(1);
    }

    [Fact]
    public void A_module_and_a_component_never_share_a_key()
    {
        using var engine = new WasmEngine(Options());
        var bytes = "\0asm\u0001\0\0\0"u8.ToArray();
        string? moduleKey = null;
        engine.Cache!.Lookup += (_, e) => moduleKey = e.Key;

        CoreModule.FromBytes(engine, bytes);

        moduleKey.ShouldNotBeNull();
        moduleKey.ShouldNotBe(ComponentCache.ComputeKey(bytes, engine.Options));
    }

    [Fact]
    public void Without_a_cache_the_module_is_still_compiled_once_per_engine()
    {
        using var engine = CoreModules.Engine();

        var first = CoreModule.FromWat(engine, CoreModules.Memory);

        first.CacheOutcome.ShouldBeNull();
        CoreModule.FromWat(engine, CoreModules.Memory).ShouldBeSameAs(first);
        using var other = CoreModules.Engine();
        CoreModule.FromWat(other, CoreModules.Memory).ShouldNotBeSameAs(first);
    }

    [Fact]
    public void Invalid_bytes_fail_with_a_clear_error()
    {
        using var engine = CoreModules.Engine();

        Should.Throw<WitRuntimeException>(() => CoreModule.FromBytes(engine, "not wasm"u8)).Message.ShouldContain("compiling a core module");
        Should.Throw<WitRuntimeException>(() => CoreModule.FromWat(engine, "(module (func")).Message.ShouldContain("parsing WebAssembly text");
        Should.Throw<WitRuntimeException>(() => CoreModule.FromWat(engine, "(module (func (result i32)))")).Message.ShouldContain("compiling a core module");
    }

    private WasmEngineOptions Options() => new() { CacheDirectory = Path.Combine(_root, "components") };
}
