using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed class CoreInstantiationTests
{
    [Fact]
    public void One_pre_linked_module_instantiates_in_many_stores_each_with_its_own_state()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        using var pre = linker.InstantiatePre(CoreModule.FromWat(engine, CoreModules.Globals));
        var stores = Enumerable.Range(0, 20).Select(_ => new ComponentStore(engine)).ToList();
        try
        {
            var instances = stores.Select(store => pre.Instantiate(CoreStore.For(store))).ToList();
            var results = new List<int>();
            Span<ValRaw> slots = stackalloc ValRaw[1];
            for (var i = 0; i < instances.Count; i++)
            {
                for (var calls = 0; calls <= i; calls++)
                {
                    instances[i].Function("bump").Call(slots);
                }

                results.Add(slots[0].I32);
            }

            results.ShouldBe(Enumerable.Range(1, 20));
            instances.Select(instance => instance.GetGlobal("counter")!.Get().I32).ShouldBe(Enumerable.Range(1, 20));
        }
        finally
        {
            stores.ForEach(store => store.Dispose());
        }
    }

    [Fact]
    public void Explicit_imports_in_order_link_another_instances_memory_and_a_host_function()
    {
        using var engine = CoreModules.Engine();
        using var linker = new CoreLinker(engine);
        linker.DefineFunction("host", "scale", new CoreFuncType([CoreValKind.I32, CoreValKind.I64], [CoreValKind.I64]), (_, slots) =>
            slots[0] = ValRaw.FromI64(slots[0].I32 * slots[1].I64));
        using var store = new ComponentStore(engine);
        var core = CoreStore.For(store);
        var provider = CoreInstance.Instantiate(core, CoreModule.FromWat(engine, CoreModules.Memory), []);
        var memory = provider.GetMemory("memory")!;
        var scale = linker.GetFunction(core, "host", "scale")!;

        var user = CoreInstance.Instantiate(core, CoreModule.FromWat(engine, CoreModules.ImportsMemory), [memory, scale]);

        memory.GetSpan(3, 1)[0] = 99;
        Span<ValRaw> slots = [ValRaw.FromI32(3)];
        user.Function("peek").Call(slots);
        slots[0].I32.ShouldBe(99);
        slots[0] = ValRaw.FromI32(21);
        user.Function("scaled").Call(slots);
        slots[0].I64.ShouldBe(42);
        linker.GetFunction(core, "host", "missing").ShouldBeNull();
    }

    [Fact]
    public void Imports_of_another_store_a_wrong_count_or_wrong_kinds_are_refused_without_harm()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var core = CoreStore.For(store);
        var foreign = CoreModules.Instantiate(engine, CoreModules.Memory, out var otherStore);
        using var _ = otherStore;
        var local = CoreInstance.Instantiate(core, CoreModule.FromWat(engine, CoreModules.Memory), []);
        var module = CoreModule.FromWat(engine, CoreModules.ImportsMemory);

        Should.Throw<ArgumentException>(() => CoreInstance.Instantiate(core, module, [foreign.GetMemory("memory")!, local.Function("load")]))
            .Message.ShouldContain("another store");
        Should.Throw<WitRuntimeException>(() => CoreInstance.Instantiate(core, module, [local.GetMemory("memory")!]));
        Should.Throw<WitRuntimeException>(() => CoreInstance.Instantiate(core, module, [local.GetMemory("memory")!, local.Function("load")]));

        store.IsPoisoned.ShouldBeFalse();
    }

    [Fact]
    public void A_start_function_that_traps_fails_the_instantiation_with_its_code()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);

        var error = Should.Throw<WitTrapException>(() =>
            CoreInstance.Instantiate(CoreStore.For(store), CoreModule.FromWat(engine, "(module (func $s unreachable) (start $s))"), []));

        error.TrapCode.ShouldBe(WitTrapCode.UnreachableCodeReached);
        error.Message.ShouldContain("instantiating a core module");
    }

    [Fact]
    public void A_poisoned_store_refuses_new_instances()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Arithmetic, out var store);
        using var _ = store;
        Should.Throw<WitTrapException>(() => instance.Function("crash").Call([]));

        Should.Throw<WitInstancePoisonedException>(() =>
            CoreInstance.Instantiate(CoreStore.For(store), CoreModule.FromWat(engine, CoreModules.Memory), []));
    }

    [Fact]
    public void A_disposed_store_refuses_calls_and_lookups()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Memory, out var store);
        var memory = instance.GetMemory("memory")!;
        var load = instance.Function("load");

        store.Dispose();

        Should.Throw<ObjectDisposedException>(() => load.Call(new ValRaw[1]));
        Should.Throw<ObjectDisposedException>(() => memory.ByteLength);
        Should.Throw<ObjectDisposedException>(() => instance.GetMemory("memory"));
    }
}
