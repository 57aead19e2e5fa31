namespace WitBindgen.Runtime.Tests.Resources;

public sealed class ResourceScopeTests
{
    [Fact]
    public void Scopes_nest_and_a_second_dispose_does_not_close_a_reused_scope()
    {
        using var engine = new WasmEngine();
        using var store = new ComponentStore(engine);
        ResourceScope.IsActive.ShouldBeFalse();

        var outer = ResourceScope.Enter(store, "bindings", "outer");
        var inner = ResourceScope.Enter(store, null, "inner");
        ResourceScope.FunctionName.ShouldBe("inner");
        ResourceScope.Bindings.ShouldBeNull();
        ResourceScope.InHostFunction.ShouldBeFalse();
        inner.Dispose();
        ResourceScope.FunctionName.ShouldBe("outer");
        ResourceScope.Bindings.ShouldBe("bindings");
        ResourceScope.Store.ShouldBeSameAs(store);

        // The pooled frame of `inner` is reused here; disposing the stale handle again must not close it.
        using var reused = ResourceScope.Enter(store, null, "reused");
        inner.Dispose();
        ResourceScope.FunctionName.ShouldBe("reused");
        reused.Dispose();
        outer.Dispose();
        ResourceScope.IsActive.ShouldBeFalse();
    }

    [Fact]
    public void Entering_a_scope_allocates_nothing_once_warm()
    {
        using var engine = new WasmEngine();
        using var store = new ComponentStore(engine);
        for (var i = 0; i < 10; i++)
        {
            using var warm = ResourceScope.Enter(store, null, "f");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            using var scope = ResourceScope.Enter(store, null, "f");
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
