using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed class CoreTableTests
{
    [Fact]
    public void Functions_set_into_the_table_are_called_through_call_indirect()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Table, out var store);
        using var _ = store;
        var table = instance.GetTable("table")!;
        var dispatch = instance.Function("dispatch");
        table.Size.ShouldBe(2UL);
        table.GetFunction(0).ShouldBeNull();

        table.SetFunction(0, instance.Function("sub"));
        table.SetFunction(1, instance.Function("mul"));

        Span<ValRaw> slots = [ValRaw.FromI32(0), ValRaw.FromI32(10), ValRaw.FromI32(3)];
        dispatch.Call(slots);
        slots[0].I32.ShouldBe(7);
        slots = [ValRaw.FromI32(1), ValRaw.FromI32(10), ValRaw.FromI32(3)];
        dispatch.Call(slots);
        slots[0].I32.ShouldBe(30);

        var read = table.GetFunction(1)!;
        Span<ValRaw> direct = [ValRaw.FromI32(6), ValRaw.FromI32(7)];
        read.Call(direct);
        direct[0].I32.ShouldBe(42);
    }

    [Fact]
    public void A_null_entry_traps_with_its_code()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Table, out var store);
        using var _ = store;

        var error = Should.Throw<WitTrapException>(() => instance.Function("dispatch").Call([ValRaw.FromI32(1), default, default]));

        error.TrapCode.ShouldBe(WitTrapCode.IndirectCallToNull);
    }

    [Fact]
    public void Indexes_outside_the_table_and_functions_of_another_store_are_refused()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Table, out var store);
        using var _ = store;
        var foreign = CoreModules.Instantiate(engine, CoreModules.Table, out var otherStore);
        using var __ = otherStore;
        var table = instance.GetTable("table")!;

        Should.Throw<ArgumentOutOfRangeException>(() => table.SetFunction(2, instance.Function("sub"))).Message.ShouldContain("index 2");
        Should.Throw<ArgumentOutOfRangeException>(() => table.GetFunction(ulong.MaxValue));
        Should.Throw<ArgumentException>(() => table.SetFunction(0, foreign.Function("sub"))).Message.ShouldContain("another store");
        table.GetFunction(0).ShouldBeNull();
    }
}
