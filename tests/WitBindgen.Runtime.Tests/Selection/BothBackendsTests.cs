using WitBindgen.Runtime.Tests.Infrastructure;
using WitBindgen.Runtime.Tests.Production;

namespace WitBindgen.Runtime.Tests.Selection;

/// <summary>
/// The public API's contract through each backend: fuel, timeouts, cancellation, memory limits, poisoning, the thread
/// check and the documented exceptions of <see cref="ComponentFunction.Call"/> and <see cref="ComponentLinker"/>.
/// </summary>
public sealed class BothBackendsTests
{
    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void Running_out_of_fuel_is_a_fuel_exception_naming_the_function(ComponentBackend backend)
    {
        using var engine = Engine(backend, new WasmEngineOptions { ConsumeFuel = true });
        var instance = Spinner(engine, out var store, backend);
        using (store)
        {
            store.Fuel = 100_000;

            var error = Should.Throw<WitFuelExhaustedException>(() => instance.GetFunction(null, "spin").Invoke());

            error.FunctionName.ShouldBe("spin");
            error.Message.ShouldContain("'spin'");
            store.Fuel.ShouldBe(0ul);
        }
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_call_past_its_timeout_is_interrupted_with_a_timeout_exception(ComponentBackend backend)
    {
        using var engine = Engine(backend, new WasmEngineOptions { EpochInterruption = true });
        var instance = Spinner(engine, out var store, backend);
        using (store)
        {
            store.CallTimeout = TimeSpan.FromMilliseconds(50);

            var error = Should.Throw<WitTimeoutException>(() => instance.GetFunction(null, "spin").Invoke());

            error.FunctionName.ShouldBe("spin");
        }
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_canceled_token_interrupts_the_call_with_a_cancellation_exception(ComponentBackend backend)
    {
        using var engine = Engine(backend, new WasmEngineOptions { EpochInterruption = true });
        var instance = Spinner(engine, out var store, backend);
        using (store)
        using (var cancellation = new CancellationTokenSource())
        {
            store.CallCancellation = cancellation.Token;
            cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));

            var error = Should.Throw<WitCallCanceledException>(() => instance.GetFunction(null, "spin").Invoke());

            error.FunctionName.ShouldBe("spin");
        }
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_memory_over_the_store_limit_fails_instantiation_and_cannot_grow_past_it(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        using var big = WasmComponent.FromWat(engine, TestComponents.Memory(pages: 32));
        using var small = WasmComponent.FromWat(engine, TestComponents.Memory(pages: 1));
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { Limits = new StoreLimits { MaxMemoryBytes = 1 << 20 } };

        Should.Throw<WitMemoryLimitException>(() => linker.Instantiate(store, big));
        var grow = linker.Instantiate(store, small).GetFunction(null, "grow");

        big.Backend.ShouldBe(backend);
        GrowBy(grow, 15).ShouldBe(1);
        GrowBy(grow, 1).ShouldBe(-1);
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_trap_poisons_the_instance_and_later_calls_say_so(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        var instance = Spinner(engine, out var store, backend);
        using (store)
        {
            Should.Throw<WitTrapException>(() => instance.GetFunction(null, "boom").Invoke()).FunctionName.ShouldBe("boom");

            Should.Throw<WitInstancePoisonedException>(() => instance.GetFunction(null, "answer").InvokeU32());
        }
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_second_thread_calling_into_a_busy_store_is_refused(ComponentBackend backend)
    {
        using var harness = new RoundTripHarness(Options(backend), "u32", "i32");
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        harness.Host = (args, results) =>
        {
            inside.Set();
            release.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
            results[0] = ComponentVal.U32(args[0].GetU32() + 1);
        };
        uint first = 0;
        var thread = new Thread(() => first = harness.Call(ComponentVal.U32(41)).GetU32());
        thread.Start();
        inside.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();

        var error = Should.Throw<WitConcurrentUseException>(() => harness.Call(ComponentVal.U32(1)));

        release.Set();
        thread.Join(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        first.ShouldBe(42u);
        error.Message.ShouldContain("test:rt/exports#roundtrip");
        harness.RoundTrip.DirectExport.ShouldBe(backend == ComponentBackend.Direct ? harness.RoundTrip.DirectExport.ShouldNotBeNull() : null);
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_wrong_number_of_arguments_or_result_slots_is_a_runtime_error_and_the_store_stays_usable(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        var instance = Spinner(engine, out var store, backend);
        using (store)
        {
            var answer = instance.GetFunction(null, "answer");

            var tooMany = Should.Throw<WitRuntimeException>(() => answer.Call([ComponentVal.U32(1)], new ComponentVal[1]));
            var noSlot = Should.Throw<WitRuntimeException>(() => answer.Call([], []));

            tooMany.GetType().ShouldBe(typeof(WitRuntimeException));
            noSlot.GetType().ShouldBe(typeof(WitRuntimeException));
            tooMany.Message.ShouldContain("'answer'");
            answer.InvokeU32().ShouldBe(42u);
        }
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_host_function_that_throws_reaches_the_caller_as_the_inner_exception(ComponentBackend backend)
    {
        using var harness = new RoundTripHarness(Options(backend), "u32", "i32");
        harness.Host = (_, _) => throw new FormatException("the host refused");

        var error = Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.U32(1)));

        error.InnerException.ShouldBeOfType<FormatException>().Message.ShouldBe("the host refused");
        error.Message.ShouldContain("A host function failed while calling 'test:rt/exports#roundtrip'");
        error.FunctionName.ShouldBe("test:rt/exports#roundtrip");
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_host_function_calling_back_into_its_caller_is_refused_as_reentrance(ComponentBackend backend)
    {
        using var harness = new RoundTripHarness(Options(backend), "u32", "i32");
        harness.Host = (args, results) => results[0] = harness.Call(ComponentVal.U32(args[0].GetU32()));

        var error = Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.U32(1)));

        error.InnerException.ShouldBeOfType<WitReentranceException>();
        Should.Throw<WitInstancePoisonedException>(() => harness.Call(ComponentVal.U32(1)));
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_missing_import_fails_instantiation_naming_it(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        using var component = WasmComponent.FromWat(engine, SelectionComponents.Imports);
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction("test:sel/host", "base", (args, results) => results[0] = ComponentVal.U32(args[0].GetU32()));
        using var store = new ComponentStore(engine);

        var error = Should.Throw<WitRuntimeException>(() => linker.Instantiate(store, component));

        error.Message.ShouldContain("test:sel/host");
        error.Message.ShouldContain("upper");
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void Unknown_imports_defined_as_traps_trap_when_called_and_defined_ones_still_run(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        using var component = WasmComponent.FromWat(engine, SelectionComponents.Imports);
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction("test:sel/host", "upper", (args, results) => results[0] = ComponentVal.String(args[0].GetString().ToUpperInvariant()));
        linker.DefineUnknownImportsAsTraps(component);
        using var store = new ComponentStore(engine);
        var instance = linker.Instantiate(store, component);

        BackendSelectionTests.Call(instance.GetFunction("test:sel/api", "shout"), ComponentVal.String("hi")).ShouldBe("\"HI\"");
        var error = Should.Throw<WitRuntimeException>(() => BackendSelectionTests.Call(instance.GetFunction("test:sel/api", "twice"), ComponentVal.U32(1)));

        error.Message.ShouldContain("'test:sel/api#twice'");
        error.Message.ShouldContain("unknown import: `test:sel/host#base` has not been defined");
        Should.Throw<WitInstancePoisonedException>(() => BackendSelectionTests.Call(instance.GetFunction("test:sel/api", "twice"), ComponentVal.U32(1)));
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_redefinition_is_refused_unless_shadowing_is_allowed_and_then_the_last_one_runs(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        using var component = WasmComponent.FromWat(engine, SelectionComponents.Imports);
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction("test:sel/host", "upper", (args, results) => results[0] = args[0].Clone());
        linker.DefineFunction("test:sel/host", "base", (_, results) => results[0] = ComponentVal.U32(1));
        using var store = new ComponentStore(engine);
        var before = linker.Instantiate(store, component);

        Should.Throw<WitRuntimeException>(() => linker.DefineFunction("test:sel/host", "base", (_, results) => results[0] = ComponentVal.U32(2)));
        linker.AllowShadowing(true);
        linker.DefineFunction("test:sel/host", "base", (_, results) => results[0] = ComponentVal.U32(5));
        var after = linker.Instantiate(store, component);

        BackendSelectionTests.Call(before.GetFunction("test:sel/api", "twice"), ComponentVal.U32(0)).ShouldBe("2");
        BackendSelectionTests.Call(after.GetFunction("test:sel/api", "twice"), ComponentVal.U32(0)).ShouldBe("10");
        after.Backend.ShouldBe(backend);
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_factory_makes_instances_on_the_component_s_backend(ComponentBackend backend)
    {
        using var engine = Engine(backend, new WasmEngineOptions { ConsumeFuel = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        var factory = new ComponentInstanceFactory(linker, component, new ComponentInstanceFactoryOptions { Fuel = 1_000_000 });
        using var index = component.GetExportIndex(null, "answer").ShouldNotBeNull();

        using var lease = factory.Create();

        lease.Instance.Backend.ShouldBe(backend);
        lease.GetFunction(index).InvokeU32().ShouldBe(42u);
        Should.Throw<WitFuelExhaustedException>(() => lease.GetFunction(null, "spin").Invoke());
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void A_factory_shared_by_many_threads_gives_each_instance_its_own_working_imports(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        using var component = WasmComponent.FromWat(engine, SelectionComponents.Imports);
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction("test:sel/host", "base", (args, results) => results[0] = ComponentVal.U32(args[0].GetU32() + 1));
        linker.DefineFunction("test:sel/host", "upper", (args, results) => results[0] = ComponentVal.String(args[0].GetString().ToUpperInvariant()));
        var factory = new ComponentInstanceFactory(linker, component);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                using var lease = factory.Create();
                var twice = BackendSelectionTests.Call(lease.GetFunction("test:sel/api", "twice"), ComponentVal.U32((uint)i));
                var shout = BackendSelectionTests.Call(lease.GetFunction("test:sel/api", "shout"), ComponentVal.String($"t{t}i{i}"));
                if (twice != ((i + 1) * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) || shout != $"\"T{t}I{i}\"" || lease.Instance.Backend != backend)
                {
                    failures.Add($"{t}/{i}: {twice} {shout} {lease.Instance.Backend}");
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join(TimeSpan.FromSeconds(60)).ShouldBeTrue());

        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void An_instance_keeps_working_after_its_linker_and_component_are_disposed(ComponentBackend backend)
    {
        using var engine = Engine(backend);
        var component = WasmComponent.FromWat(engine, SelectionComponents.Imports);
        var linker = new ComponentLinker(engine);
        linker.DefineFunction("test:sel/host", "base", (args, results) => results[0] = ComponentVal.U32(args[0].GetU32() + 1));
        linker.DefineFunction("test:sel/host", "upper", (args, results) => results[0] = ComponentVal.String(args[0].GetString().ToUpperInvariant()));
        using var store = new ComponentStore(engine);
        var instance = linker.Instantiate(store, component);

        linker.Dispose();
        component.Dispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        BackendSelectionTests.Call(instance.GetFunction("test:sel/api", "twice"), ComponentVal.U32(20)).ShouldBe("42");
        BackendSelectionTests.Call(instance.GetFunction("test:sel/api", "shout"), ComponentVal.String("ok")).ShouldBe("\"OK\"");
        Should.Throw<ObjectDisposedException>(() => linker.Instantiate(store, component));
    }

    [Fact]
    public void The_pooling_allocator_s_core_instance_limit_bounds_direct_instances()
    {
        // The direct backend makes core instances only, so TotalCoreInstances is the limit its instances meet.
        using var engine = Engine(ComponentBackend.Direct, new WasmEngineOptions
        {
            PoolingAllocator = new PoolingAllocatorOptions { TotalComponentInstances = 8, TotalCoreInstances = 2, TotalMemories = 4, TotalTables = 8 },
        });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        var factory = new ComponentInstanceFactory(linker, component);
        var first = factory.Create();
        using var second = factory.Create();

        Should.Throw<WitInstanceLimitException>(() => factory.Create());

        first.Dispose();
        using var third = factory.Create();
        third.GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
    }

    private static WasmEngineOptions Options(ComponentBackend backend, WasmEngineOptions? options = null) =>
        (options ?? new WasmEngineOptions()) with { Backend = backend, CacheCompiledComponents = false };

    private static WasmEngine Engine(ComponentBackend backend, WasmEngineOptions? options = null) => new(Options(backend, options));

    private static ComponentInstance Spinner(WasmEngine engine, out ComponentStore store, ComponentBackend backend)
    {
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        store = new ComponentStore(engine);
        var instance = linker.Instantiate(store, component);
        instance.Backend.ShouldBe(backend);
        return instance;
    }

    private static int GrowBy(ComponentFunction grow, uint pages)
    {
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        grow.Call([ComponentVal.U32(pages)], results);
        return results[0].GetS32();
    }
}
