using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

public sealed class CoreGlobalTests
{
    [Fact]
    public void Globals_are_read_and_written_and_the_guest_sees_the_new_value()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Globals, out var store);
        using var _ = store;
        var counter = instance.GetGlobal("counter")!;

        counter.Set(CoreVal.FromI32(41));
        Span<ValRaw> slots = stackalloc ValRaw[1];
        instance.Function("bump").Call(slots);

        slots[0].I32.ShouldBe(42);
        counter.Get().I32.ShouldBe(42);
        instance.GetGlobal("fixed")!.Get().I64.ShouldBe(42L);
    }

    [Fact]
    public void Immutable_globals_mismatched_kinds_and_missing_exports_are_refused()
    {
        using var engine = CoreModules.Engine();
        var instance = CoreModules.Instantiate(engine, CoreModules.Globals, out var store);
        using var _ = store;

        Should.Throw<WitRuntimeException>(() => instance.GetGlobal("fixed")!.Set(CoreVal.FromI64(1))).Message.ShouldContain("'fixed'");
        Should.Throw<WitRuntimeException>(() => instance.GetGlobal("counter")!.Set(CoreVal.FromF64(1)));
        Should.Throw<ArgumentException>(() => instance.GetGlobal("counter")!.Set(new CoreVal { Kind = CoreValKind.FuncRef }));
        instance.GetGlobal("bump").ShouldBeNull();
        instance.GetFunction("counter").ShouldBeNull();
        instance.GetExport("nothing").ShouldBeNull();
        instance.GetExport("counter").ShouldBeOfType<CoreGlobal>();
    }
}
