using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed class CoreCallTests
{
    [Fact]
    public void Add_is_called_unchecked_with_a_caller_supplied_span()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        var add = instance.Function("add");
        Span<ValRaw> slots = stackalloc ValRaw[2];

        slots[0] = ValRaw.FromI32(40);
        slots[1] = ValRaw.FromI32(2);
        add.Call(slots);
        slots[0].I32.ShouldBe(42);

        slots[0] = ValRaw.FromI32(int.MaxValue);
        slots[1] = ValRaw.FromI32(1);
        add.Call(slots);
        slots[0].I32.ShouldBe(int.MinValue);
        (add.ParameterCount, add.ResultCount, add.SlotCount).ShouldBe((2, 1, 2));
    }

    [Fact]
    public void I64_f32_and_f64_arguments_and_results_keep_their_bits()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        Span<ValRaw> slots = stackalloc ValRaw[3];

        slots[0] = ValRaw.FromI64(-5_000_000_000);
        slots[1] = ValRaw.FromF32(0.5f);
        slots[2] = ValRaw.FromF64(0.25);
        instance.Function("mix").Call(slots);
        slots[0].F64.ShouldBe(-4_999_999_999.25);

        slots[0] = ValRaw.FromI64(1L << 40);
        instance.Function("wide").Call(slots[..1]);
        slots[0].I64.ShouldBe(3L << 40);

        slots[0] = ValRaw.FromF32(-3f);
        instance.Function("halve").Call(slots[..1]);
        slots[0].F32.ShouldBe(-1.5f);

        instance.Function("pair").Call(slots[..2]);
        (slots[0].I32, slots[1].I64).ShouldBe((7, -8L));
    }

    [Fact]
    public void A_span_shorter_than_the_signature_is_refused_before_entering_and_leaves_the_store_usable()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        var mix = instance.Function("mix");

        var error = Should.Throw<ArgumentException>(() => mix.Call(new ValRaw[2]));

        error.Message.ShouldContain("'mix' needs 3 slot(s)");
        error.Message.ShouldContain("got 2");
        store.IsPoisoned.ShouldBeFalse();
        mix.Call(new ValRaw[3]);
    }

    [Fact]
    public void Unreachable_traps_with_its_code_and_poisons_the_store_as_a_component_call_does()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;

        var error = Should.Throw<WitTrapException>(() => instance.Function("crash").Call([]));

        error.TrapCode.ShouldBe(WitTrapCode.UnreachableCodeReached);
        error.FunctionName.ShouldBe("crash");
        error.Message.ShouldContain("calling 'crash'");
        error.Message.ShouldContain("unreachable");
        error.WasmBacktrace.ShouldNotBeEmpty();
        store.IsPoisoned.ShouldBeTrue();
        store.PoisonedBy.ShouldBeSameAs(error);
        var later = Should.Throw<WitInstancePoisonedException>(() => instance.Function("add").Call(new ValRaw[2]));
        later.Message.ShouldContain("'crash'");
    }

    [Fact]
    public void Division_by_zero_reports_its_own_trap_code()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;

        var error = Should.Throw<WitTrapException>(() => instance.Function("divide").Call([ValRaw.FromI32(1), ValRaw.FromI32(0)]));

        error.TrapCode.ShouldBe(WitTrapCode.IntegerDivisionByZero);
    }

    [Fact]
    public void A_call_from_another_thread_is_refused_while_the_store_is_in_use()
    {
        using var engine = CoreModules.Engine();
        var host = new CoreLinker(engine);
        WitConcurrentUseException? refused = null;
        CoreFunction? add = null;
        host.DefineFunction("host", "scale", new CoreFuncType([CoreValKind.I32, CoreValKind.I64], [CoreValKind.I64]), (_, slots) =>
        {
            var thread = new Thread(() => refused = Record.Exception(() => add!.Call(new ValRaw[2])) as WitConcurrentUseException);
            thread.Start();
            thread.Join();
            slots[0] = ValRaw.FromI64(0);
        });
        host.DefineFunction("host", "fail", new CoreFuncType([CoreValKind.I32], []), (_, _) => { });
        using var store = new ComponentStore(engine);
        var instance = host.InstantiatePre(CoreModule.FromWat(engine, CoreModules.CallsHost)).Instantiate(CoreStore.For(store));
        add = instance.Function("add");

        instance.Function("scaled").Call(new ValRaw[1]);

        refused.ShouldNotBeNull();
        store.IsPoisoned.ShouldBeFalse();
    }
}
