namespace WitBindgen.Runtime.Tests.Production;

public sealed class PoisoningTests
{
    [Fact]
    public void Calls_after_a_trap_name_the_trap_that_poisoned_the_instance()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var instance = linker.Instantiate(store, component);
        var trap = Should.Throw<WitTrapException>(() => instance.GetFunction(null, "boom").Invoke());
        store.IsPoisoned.ShouldBeTrue();
        store.PoisonedBy.ShouldBeSameAs(trap);

        var error = Should.Throw<WitInstancePoisonedException>(() => instance.GetFunction(null, "answer").InvokeU32());

        error.PoisonedBy.ShouldBeSameAs(trap);
        error.InnerException.ShouldBeSameAs(trap);
        error.FunctionName.ShouldBe("answer");
        error.Message.ShouldContain("'answer'");
        error.Message.ShouldContain("'boom'");
        error.Message.ShouldContain("unreachable");
    }

    [Fact]
    public void A_poisoned_store_refuses_new_instances_and_a_new_store_takes_one_call()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var poisoned = linker.Instantiate(store, component);
        Should.Throw<WitTrapException>(() => poisoned.GetFunction(null, "boom").Invoke());

        Should.Throw<WitInstancePoisonedException>(() => linker.Instantiate(store, component)).Message.ShouldContain("Cannot instantiate");

        using var freshStore = new ComponentStore(engine);
        linker.Instantiate(freshStore, component).GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
    }

    [Fact]
    public void Factory_replaces_a_poisoned_instance_with_one_call()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        var factory = new ComponentInstanceFactory(linker, component);
        var lease = factory.Create();
        Should.Throw<WitTrapException>(() => lease.GetFunction(null, "boom").Invoke());
        Should.Throw<WitInstancePoisonedException>(() => lease.GetFunction(null, "answer").InvokeU32());
        lease.Dispose();

        using var fresh = factory.Create();

        fresh.GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
    }

    [Fact]
    public void A_wrong_argument_does_not_poison_the_instance()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TestComponents.Spinner);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var instance = linker.Instantiate(store, component);
        var answer = instance.GetFunction(null, "answer");

        Should.Throw<WitRuntimeException>(() => answer.Call([ComponentVal.U32(1)], new ComponentVal[1]));

        store.IsPoisoned.ShouldBeFalse();
        answer.InvokeU32().ShouldBe(42u);
    }
}
