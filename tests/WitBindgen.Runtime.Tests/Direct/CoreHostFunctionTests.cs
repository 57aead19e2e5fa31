using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed class CoreHostFunctionTests
{
    private static readonly CoreFuncType Scale = new([CoreValKind.I32, CoreValKind.I64], [CoreValKind.I64]);
    private static readonly CoreFuncType Fail = new([CoreValKind.I32], []);

    [Fact]
    public void Wasm_calls_a_host_function_through_the_unchecked_trampoline()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        var seen = new List<(int, long)>();
        ComponentStore? callerStore = null;
        linker.DefineFunction("host", "scale", Scale, (caller, slots) =>
        {
            callerStore = caller.Store.Store;
            seen.Add((slots[0].I32, slots[1].I64));
            slots[0] = ValRaw.FromI64(slots[0].I32 * slots[1].I64);
        });
        linker.DefineFunction("host", "fail", Fail, (_, _) => { });
        using var store = new ComponentStore(engine);
        var instance = linker.InstantiatePre(CoreModule.FromWat(engine, CoreModules.CallsHost)).Instantiate(CoreStore.For(store));
        Span<ValRaw> slots = stackalloc ValRaw[1];

        slots[0] = ValRaw.FromI32(-7);
        instance.Function("scaled").Call(slots);

        slots[0].I64.ShouldBe(-70);
        seen.ShouldBe([(-7, 10L)]);
        callerStore.ShouldBeSameAs(store);
    }

    [Fact]
    public void A_host_exception_reaches_the_caller_as_the_same_object_and_poisons_the_store()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        var thrown = new InvalidOperationException("the host refused 5");
        linker.DefineFunction("host", "scale", Scale, (_, _) => { });
        linker.DefineFunction("host", "fail", Fail, (_, slots) => throw (slots[0].I32 == 5 ? thrown : new InvalidOperationException("wrong argument")));
        using var store = new ComponentStore(engine);
        var instance = linker.InstantiatePre(CoreModule.FromWat(engine, CoreModules.CallsHost)).Instantiate(CoreStore.For(store));

        var caught = Should.Throw<InvalidOperationException>(() => instance.Function("fails").Call([]));

        caught.ShouldBeSameAs(thrown);
        store.IsPoisoned.ShouldBeTrue();
        store.PoisonedBy.ShouldBeSameAs(thrown);
        Should.Throw<WitInstancePoisonedException>(() => instance.Function("add").Call(new ValRaw[2])).InnerException.ShouldBeSameAs(thrown);
    }

    [Fact]
    public void A_host_exception_parked_for_one_store_is_not_claimed_by_a_trap_in_another()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        var thrown = new InvalidOperationException("outer host failure");
        WitTrapException? innerTrap = null;
        using var other = new ComponentStore(engine);
        var crashing = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var crashStore);
        using var _ = crashStore;
        linker.DefineFunction("host", "scale", Scale, (_, _) => { });
        linker.DefineFunction("host", "fail", Fail, (_, _) =>
        {
            // A trap in another store while this host function runs takes only its own failure.
            innerTrap = Should.Throw<WitTrapException>(() => crashing.Function("crash").Call([]));
            throw thrown;
        });
        using var store = new ComponentStore(engine);
        var instance = linker.InstantiatePre(CoreModule.FromWat(engine, CoreModules.CallsHost)).Instantiate(CoreStore.For(store));

        Should.Throw<InvalidOperationException>(() => instance.Function("fails").Call([])).ShouldBeSameAs(thrown);

        innerTrap!.TrapCode.ShouldBe(WitTrapCode.UnreachableCodeReached);
        crashStore.PoisonedBy.ShouldBeSameAs(innerTrap);
    }

    [Fact]
    public void A_host_exception_in_a_start_function_fails_the_instantiation_with_the_same_object_and_leaves_the_store_usable()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        var thrown = new FormatException("start refused");
        linker.DefineFunction("host", "fail", Fail, (_, _) => throw thrown);
        using var store = new ComponentStore(engine);
        var pre = linker.InstantiatePre(CoreModule.FromWat(engine, CoreModules.FailingStart));

        Should.Throw<FormatException>(() => pre.Instantiate(CoreStore.For(store))).ShouldBeSameAs(thrown);

        store.IsPoisoned.ShouldBeFalse();
        CoreInstance.Instantiate(CoreStore.For(store), CoreModule.FromWat(engine, CoreModules.Arithmetic), []).Function("add").Call(new ValRaw[2]);
    }

    [Fact]
    public void A_missing_import_is_named_when_pre_linking()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        linker.DefineFunction("host", "scale", Scale, (_, _) => { });

        var error = Should.Throw<WitRuntimeException>(() => linker.InstantiatePre(CoreModule.FromWat(engine, CoreModules.CallsHost)));

        error.Message.ShouldContain("host");
        error.Message.ShouldContain("fail");
    }

    [Fact]
    public void Host_function_types_take_numbers_only_and_a_second_definition_is_refused()
    {
        Should.Throw<ArgumentException>(() => new CoreFuncType([CoreValKind.FuncRef], [])).Message.ShouldContain("FuncRef");
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        linker.DefineFunction("host", "fail", Fail, (_, _) => { });

        Should.Throw<WitRuntimeException>(() => linker.DefineFunction("host", "fail", Fail, (_, _) => { })).Message.ShouldContain("'host.fail'");
    }

    [Fact]
    public void A_host_function_disposing_its_own_store_lets_the_running_call_finish_and_later_uses_fail_cleanly()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        var store = new ComponentStore(engine);
        linker.DefineFunction("host", "scale", Scale, (caller, slots) =>
        {
            var own = caller.Store.Store;
            own.Dispose();
            Should.Throw<ObjectDisposedException>(() => own.Fuel);
            own.Handle.IsInvalid.ShouldBeFalse("the native store must outlive the call running in it");
            slots[0] = ValRaw.FromI64(slots[0].I32 * slots[1].I64);
        });
        linker.DefineFunction("host", "fail", Fail, (_, _) => { });
        var instance = linker.InstantiatePre(CoreModule.FromWat(engine, CoreModules.CallsHost)).Instantiate(CoreStore.For(store));
        Span<ValRaw> slots = [ValRaw.FromI32(4)];

        instance.Function("scaled").Call(slots);

        slots[0].I64.ShouldBe(40);
        store.Handle.IsInvalid.ShouldBeTrue("the native store is freed once the call has left it");
        Should.Throw<ObjectDisposedException>(() => instance.Function("add"));
        store.Dispose();
    }
}
