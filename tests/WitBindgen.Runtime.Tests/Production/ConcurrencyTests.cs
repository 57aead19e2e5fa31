using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests.Production;

public sealed class ConcurrencyTests
{
    [Fact]
    public void A_second_thread_on_a_busy_store_gets_a_clear_exception_and_the_first_call_completes()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        harness.Host = (args, results) =>
        {
            inside.Set();
            release.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
            results[0] = ComponentVal.U32(args[0].GetU32() + 1);
        };

        uint firstResult = 0;
        var first = new Thread(() => firstResult = harness.Call(ComponentVal.U32(41)).GetU32());
        first.Start();
        inside.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();

        var error = Should.Throw<WitConcurrentUseException>(() => harness.Call(ComponentVal.U32(1)));
        Should.Throw<WitConcurrentUseException>(() => harness.Store.Dispose());
        Should.Throw<WitConcurrentUseException>(() => harness.Store.Fuel = 1);
        Should.Throw<WitConcurrentUseException>(() => harness.Store.Limits = new StoreLimits { MaxInstances = 5 });
        release.Set();

        first.Join(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        firstResult.ShouldBe(42u);
        error.OwnerThreadId.ShouldNotBe(Environment.CurrentManagedThreadId);
        error.Message.ShouldContain("one thread at a time");
        error.Message.ShouldContain("test:rt/exports#roundtrip");

        // Once the first thread left, the store may move to this one.
        harness.Host = (args, results) => results[0] = ComponentVal.U32(args[0].GetU32() + 1);
        harness.Call(ComponentVal.U32(1)).GetU32().ShouldBe(2u);
    }

    [Fact]
    public void A_host_function_may_reenter_its_own_store_on_the_same_thread()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        harness.Host = (args, results) =>
        {
            // Entering the same store from the thread already inside it is not a concurrency error.
            harness.Store.Fuel = 0;
            results[0] = ComponentVal.U32(args[0].GetU32());
        };

        Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.U32(1))).InnerException.ShouldNotBeOfType<WitConcurrentUseException>();
    }

    [Fact]
    public void Factory_gives_each_thread_its_own_instance()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { PoolingAllocator = new PoolingAllocatorOptions { TotalComponentInstances = 16, TotalMemories = 16, TotalTables = 16, TotalCoreInstances = 64 } });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        var factory = new ComponentInstanceFactory(linker, component);

        var sums = new long[4];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            for (var i = 0; i < 50; i++)
            {
                using var lease = factory.Create();
                sums[worker] += lease.GetFunction(null, "answer").InvokeU32();
            }
        });

        sums.ShouldAllBe(sum => sum == 50 * 42);
    }
}
