namespace WitBindgen.Runtime.Tests.Production;

public sealed class PoolingTests
{
    [Fact]
    public void A_full_pool_refuses_another_instance_with_WitInstanceLimitException_until_one_is_returned()
    {
        // TotalComponentInstances limits Wasmtime's component instances; the direct backend makes core instances only.
        using var engine = new WasmEngine(new WasmEngineOptions
        {
            Backend = ComponentBackend.Wasmtime,
            PoolingAllocator = new PoolingAllocatorOptions { TotalComponentInstances = 2, TotalCoreInstances = 8, TotalMemories = 4, TotalTables = 8 },
        });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        var factory = new ComponentInstanceFactory(linker, component);
        var first = factory.Create();
        using var second = factory.Create();

        var error = Should.Throw<WitInstanceLimitException>(() => factory.Create());

        error.Message.ShouldContain("instantiating");
        first.Dispose();
        using var third = factory.Create();
        third.GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
    }

    [Fact]
    public void Instantiation_that_runs_forever_is_interrupted_by_the_call_timeout()
    {
        const string LoopingStart = """
            (component
              (core module $m
                (func $start (loop $l (br $l)))
                (start $start))
              (core instance $i (instantiate $m)))
            """;
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, LoopingStart);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(50) };

        var error = Should.Throw<WitTimeoutException>(() => linker.Instantiate(store, component));

        error.FunctionName.ShouldBeNull();
        error.Message.ShouldContain("instantiating");
    }
}
