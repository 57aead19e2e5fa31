using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed class CoreLimitTests
{
    [Fact]
    public void Running_out_of_fuel_throws_the_fuel_exception_with_its_trap_code()
    {
        using var engine = CoreModules.Engine(fuel: true);
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        store.Fuel = 10_000;

        var error = Should.Throw<WitFuelExhaustedException>(() => instance.Function("spin").Call([]));

        error.TrapCode.ShouldBe(WitTrapCode.OutOfFuel);
        error.FunctionName.ShouldBe("spin");
        store.Fuel.ShouldBe(0UL);
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Fact]
    public void Fuel_is_the_component_stores_fuel()
    {
        using var engine = CoreModules.Engine(fuel: true);
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        store.Fuel = 1_000;

        instance.Function("add").Call(new ValRaw[2]);

        store.Fuel.ShouldBeLessThan(1_000UL);
        store.Fuel.ShouldBeGreaterThan(0UL);
    }

    [Fact]
    public void The_call_timeout_interrupts_a_core_loop()
    {
        using var engine = CoreModules.Engine(epochs: true);
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        store.CallTimeout = TimeSpan.FromMilliseconds(50);

        var error = Should.Throw<WitTimeoutException>(() => instance.Function("spin").Call([]));

        error.FunctionName.ShouldBe("spin");
        error.Timeout.ShouldBe(TimeSpan.FromMilliseconds(50));
        store.IsPoisoned.ShouldBeTrue();
    }

    [Fact]
    public void A_cancellation_token_interrupts_a_core_loop()
    {
        using var engine = CoreModules.Engine(epochs: true);
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        WitCallCanceledException error;
        using (store.BeginCallScope(timeout: null, cancellation.Token))
        {
            error = Should.Throw<WitCallCanceledException>(() => instance.Function("spin").Call([]));
        }

        error.CancellationToken.ShouldBe(cancellation.Token);
        error.FunctionName.ShouldBe("spin");
    }

    [Fact]
    public void An_already_canceled_token_refuses_the_call_without_poisoning()
    {
        using var engine = CoreModules.Engine(epochs: true);
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        store.CallCancellation = new CancellationToken(canceled: true);

        Should.Throw<WitCallCanceledException>(() => instance.Function("add").Call(new ValRaw[2]));

        store.IsPoisoned.ShouldBeFalse();
    }

    [Fact]
    public void The_store_memory_limit_caps_growth_and_refuses_an_instance_whose_memory_exceeds_it()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine) { Limits = new StoreLimits { MaxMemoryBytes = 2 * 65536 } };
        var core = CoreStore.For(store);
        var instance = CoreInstance.Instantiate(core, CoreModule.FromWat(engine, CoreModules.Memory), []);
        Span<ValRaw> slots = stackalloc ValRaw[1];

        slots[0] = ValRaw.FromI32(1);
        instance.Function("grow").Call(slots);
        slots[0].I32.ShouldBe(1);
        slots[0] = ValRaw.FromI32(1);
        instance.Function("grow").Call(slots);
        slots[0].I32.ShouldBe(-1);
        Should.Throw<WitMemoryLimitException>(() => instance.GetMemory("memory")!.Grow(1)).Message.ShouldContain("'memory'");

        var big = CoreModule.FromWat(engine, "(module (memory 3))");
        Should.Throw<WitMemoryLimitException>(() => CoreInstance.Instantiate(core, big, []));
    }

    [Fact]
    public void The_store_table_limit_refuses_an_instance_whose_table_exceeds_it()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine) { Limits = new StoreLimits { MaxTableElements = 4 } };
        var core = CoreStore.For(store);

        Should.Throw<WitTableLimitException>(() => CoreInstance.Instantiate(core, CoreModule.FromWat(engine, "(module (table 5 funcref))"), []));

        CoreInstance.Instantiate(core, CoreModule.FromWat(engine, CoreModules.Table), []).GetTable("table")!.Size.ShouldBe(2UL);
        store.IsPoisoned.ShouldBeFalse();
    }
}
