using System.Diagnostics;

namespace WitBindgen.Runtime.Tests.Production;

public sealed class LimitTests
{
    [Fact]
    public void Timeout_interrupts_an_infinite_loop_within_a_bounded_time_and_names_the_function()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(100) };
        var spin = linker.Instantiate(store, component).GetFunction(null, "spin");

        var clock = Stopwatch.StartNew();
        var error = Should.Throw<WitTimeoutException>(() => spin.Invoke());

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(90));
        error.FunctionName.ShouldBe("spin");
        error.Timeout.ShouldBe(TimeSpan.FromMilliseconds(100));
        error.Message.ShouldContain("'spin'");
    }

    [Fact]
    public void Cancellation_token_interrupts_a_running_guest()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var spin = linker.Instantiate(store, component).GetFunction(null, "spin");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        WitCallCanceledException error;
        using (store.BeginCallScope(timeout: null, cancellation.Token))
        {
            error = Should.Throw<WitCallCanceledException>(() => spin.Invoke());
        }

        error.ShouldBeAssignableTo<OperationCanceledException>();
        error.CancellationToken.ShouldBe(cancellation.Token);
        error.FunctionName.ShouldBe("spin");
        store.CallCancellation.CanBeCanceled.ShouldBeFalse();
    }

    [Fact]
    public void An_already_canceled_token_refuses_the_call_without_poisoning_the_instance()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var answer = linker.Instantiate(store, component).GetFunction(null, "answer");
        store.CallCancellation = new CancellationToken(canceled: true);

        Should.Throw<WitCallCanceledException>(() => answer.InvokeU32()).FunctionName.ShouldBe("answer");
        Should.Throw<WitCallCanceledException>(() => linker.Instantiate(store, component)).Message.ShouldContain("Instantiating");
        store.CallCancellation = default;
        answer.InvokeU32().ShouldBe(42u);
    }

    [Fact]
    public void Stores_without_a_deadline_keep_running_while_another_store_is_timed()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var untimed = new ComponentStore(engine);
        var answer = linker.Instantiate(untimed, component).GetFunction(null, "answer");
        using var timed = new ComponentStore(engine) { CallTimeout = TimeSpan.FromMilliseconds(50) };
        var spin = linker.Instantiate(timed, component).GetFunction(null, "spin");

        Should.Throw<WitTimeoutException>(() => spin.Invoke());

        // The epoch advanced several times during the timed call; the untimed store must not notice.
        answer.InvokeU32().ShouldBe(42u);
    }

    [Fact]
    public void A_manual_epoch_deadline_is_reported_as_a_timeout()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { EpochInterruption = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var spin = linker.Instantiate(store, component).GetFunction(null, "spin");
        store.SetEpochDeadline(1);
        using var ticker = new Timer(
            _ =>
            {
                try
                {
                    engine.IncrementEpoch();
                }
                catch (ObjectDisposedException)
                {
                    // The test finished and disposed the engine.
                }
            },
            null,
            20,
            10);

        var error = Should.Throw<WitTimeoutException>(() => spin.Invoke());

        error.FunctionName.ShouldBe("spin");
        error.Timeout.ShouldBeNull();
        store.IsPoisoned.ShouldBeTrue();
    }

    [Fact]
    public void Timeouts_need_an_engine_with_epoch_interruption()
    {
        using var engine = new WasmEngine();
        using var store = new ComponentStore(engine);
        Should.Throw<InvalidOperationException>(() => store.CallTimeout = TimeSpan.FromSeconds(1)).Message.ShouldContain("EpochInterruption");
    }

    [Fact]
    public void Fuel_exhaustion_is_its_own_exception_naming_the_function()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { ConsumeFuel = true });
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { Fuel = 100_000 };
        var instance = linker.Instantiate(store, component);
        instance.GetFunction(null, "answer").InvokeU32().ShouldBe(42u);

        var error = Should.Throw<WitFuelExhaustedException>(() => instance.GetFunction(null, "spin").Invoke());

        error.ShouldBeAssignableTo<WitTrapException>();
        error.FunctionName.ShouldBe("spin");
        error.Message.ShouldContain("'spin'");
        error.Message.ShouldContain("fuel");
        store.Fuel.ShouldBe(0ul);
    }

    [Fact]
    public void A_memory_larger_than_the_limit_fails_instantiation_with_WitMemoryLimitException()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Memory(pages: 32));
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { Limits = new StoreLimits { MaxMemoryBytes = 1 << 20 } };

        var error = Should.Throw<WitMemoryLimitException>(() => linker.Instantiate(store, component));

        error.Message.ShouldContain("memory");
        error.Message.ShouldContain("instantiating");
    }

    [Fact]
    public void Growing_memory_past_the_limit_fails_inside_the_guest()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Memory(pages: 1));
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { Limits = new StoreLimits { MaxMemoryBytes = 4 * 65536 } };
        var grow = linker.Instantiate(store, component).GetFunction(null, "grow");

        grow.Grow(2).ShouldBe(1);
        grow.Grow(2).ShouldBe(-1);
        grow.Grow(1).ShouldBe(3);
    }

    [Fact]
    public void Instance_count_limit_is_its_own_exception()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine) { Limits = new StoreLimits { MaxInstances = 1 } };
        linker.Instantiate(store, component);

        Should.Throw<WitInstanceLimitException>(() => linker.Instantiate(store, component)).Message.ShouldContain("instance count");
    }
}
