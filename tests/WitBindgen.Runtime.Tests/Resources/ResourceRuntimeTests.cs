namespace WitBindgen.Runtime.Tests.Resources;

public sealed class ResourceRuntimeTests : IDisposable
{
    private readonly WasmEngine _engine = new();
    private readonly WasmComponent _component;

    public ResourceRuntimeTests()
    {
        _component = WasmComponent.FromWat(_engine, ResourceComponent.Wat);
    }

    public void Dispose()
    {
        _component.Dispose();
        _engine.Dispose();
    }

    [Fact]
    public void Guest_resource_is_created_borrowed_moved_and_dropped()
    {
        using var h = new ResourceHarness(_engine, _component);
        var x = LiftOwned(h, h.Call("[constructor]x", ComponentVal.S32(5)));
        x.IsOwned.ShouldBeTrue();
        h.CallS32("[method]x.get-a", x.LowerBorrow("test")).ShouldBe(5);

        var sum = LiftOwned(h, h.Call("[static]x.add", x.LowerOwn("test"), ComponentVal.S32(3)));
        x.IsDisposed.ShouldBeTrue();
        Should.Throw<ObjectDisposedException>(() => x.LowerBorrow("[method]x.get-a")).Message.ShouldContain("moved to the guest");
        h.CallS32("[method]x.get-a", sum.LowerBorrow("test")).ShouldBe(8);
        h.Dropped().ShouldBe(1u);

        sum.Dispose();
        h.Dropped().ShouldBe(2u);
        sum.Dispose();
        h.Dropped().ShouldBe(2u);
        Should.Throw<ObjectDisposedException>(() => sum.LowerBorrow("[method]x.get-a")).Message.ShouldContain("disposed");
    }

    [Fact]
    public void Host_resource_reaches_its_object_and_the_drop_disposes_it()
    {
        using var h = new ResourceHarness(_engine, _component);
        h.CallS32("make-y", ComponentVal.S32(7)).ShouldBe(14);
        h.Created.Count.ShouldBe(1);
        h.Created[0].DisposeCount.ShouldBe(1);
    }

    [Fact]
    public void Guest_that_drops_late_keeps_the_object_alive_until_then()
    {
        using var h = new ResourceHarness(_engine, _component);
        h.Call("keep-y", ComponentVal.S32(11));
        var y = h.Created.ShouldHaveSingleItem();
        y.DisposeCount.ShouldBe(0);
        h.CallS32("kept-get").ShouldBe(11);
        y.DisposeCount.ShouldBe(0);
        h.Call("drop-kept");
        y.DisposeCount.ShouldBe(1);
    }

    [Fact]
    public void Objects_the_guest_still_holds_are_destroyed_with_the_store()
    {
        var h = new ResourceHarness(_engine, _component);
        h.Call("keep-y", ComponentVal.S32(1));
        h.Dispose();
        h.Created.ShouldHaveSingleItem().DisposeCount.ShouldBe(1);
    }

    [Fact]
    public void Own_handle_returned_by_the_guest_gives_the_object_back()
    {
        using var h = new ResourceHarness(_engine, _component);
        var result = h.Call("give-y", ComponentVal.S32(4));
        HostY y;
        using (ResourceScope.Enter(h.Store, null, "give-y"))
        {
            y = h.YType.Lift<HostY>(result, "result of give-y");
        }

        result.Dispose();
        y.A.ShouldBe(4);
        y.DisposeCount.ShouldBe(0);
        h.Created.ShouldHaveSingleItem().ShouldBeSameAs(y);
    }

    [Fact]
    public void Host_object_passed_as_own_is_dropped_by_the_guest()
    {
        using var h = new ResourceHarness(_engine, _component);
        var y = new HostY(21);
        var function = h.Function("take-y");
        var results = new ComponentVal[1];
        using (ResourceScope.Enter(h.Store, null, function.Name))
        {
            var args = new[] { h.YType.Lower(y, owned: true, "take-y") };
            function.Call(args, results);
            ComponentVal.Free(args);
        }

        results[0].GetS32().ShouldBe(21);
        y.DisposeCount.ShouldBe(1);
    }

    [Fact]
    public void Host_object_lent_as_borrow_is_not_disposed()
    {
        using var h = new ResourceHarness(_engine, _component);
        var y = new HostY(9);
        var function = h.Function("read-y");
        var results = new ComponentVal[1];
        using (ResourceScope.Enter(h.Store, null, function.Name))
        {
            var args = new[] { h.YType.Lower(y, owned: false, "read-y") };
            function.Call(args, results);
            ComponentVal.Free(args);
        }

        results[0].GetS32().ShouldBe(9);
        y.DisposeCount.ShouldBe(0);
        h.CallS32("make-y", ComponentVal.S32(1)).ShouldBe(2);
    }

    [Fact]
    public void Borrow_used_after_its_call_returned_throws_naming_the_function()
    {
        ComponentResource? kept = null;
        using var h = new ResourceHarness(_engine, _component, args =>
        {
            kept = ComponentResource.Lift(args[0], "peek");
            kept.IsOwned.ShouldBeFalse();
            kept.IsDisposed.ShouldBeFalse();
        });
        h.CallS32("make-y", ComponentVal.S32(2)).ShouldBe(4);
        kept.ShouldNotBeNull().IsDisposed.ShouldBeTrue();
        var error = Should.Throw<WitRuntimeException>(() => kept.LowerBorrow("a later call"));
        error.Message.ShouldContain("test:res/host#peek");
        error.Message.ShouldContain("borrow");
    }

    [Theory]
    [InlineData("double-drop")]
    [InlineData("use-dropped")]
    public void Guest_misusing_a_handle_traps_and_a_new_instance_works(string export)
    {
        using var h = new ResourceHarness(_engine, _component);
        var error = Should.Throw<WitRuntimeException>(() => h.Call(export, ComponentVal.S32(3)));
        error.Message.ShouldContain(export);
        error.Message.ShouldContain("unknown handle index");

        var again = Should.Throw<WitRuntimeException>(() => h.Call("make-y", ComponentVal.S32(1)));
        again.Message.ShouldContain("cannot enter component instance");

        h.NewInstance();
        h.CallS32("make-y", ComponentVal.S32(1)).ShouldBe(2);
    }

    [Fact]
    public void Host_object_of_the_wrong_type_is_rejected()
    {
        using var h = new ResourceHarness(_engine, _component);
        var other = new HostResourceType("other");
        var function = h.Function("read-y");
        using (ResourceScope.Enter(h.Store, null, function.Name))
        {
            var args = new[] { other.Lower(new HostY(1), owned: false, "read-y") };
            try
            {
                Should.Throw<WitRuntimeException>(() => function.Call(args, new ComponentVal[1]));
            }
            finally
            {
                ComponentVal.Free(args);
            }
        }
    }

    [Fact]
    public void Converting_resources_outside_a_call_is_a_clear_error()
    {
        var type = new HostResourceType("y");
        Should.Throw<InvalidOperationException>(() => type.Lower(new HostY(1), owned: true, "f")).Message.ShouldContain("ResourceScope");
    }

    private static ComponentResource LiftOwned(ResourceHarness h, ComponentVal value)
    {
        try
        {
            using (ResourceScope.Enter(h.Store, null, "lift"))
            {
                return ComponentResource.Lift(value, "result");
            }
        }
        finally
        {
            value.Dispose();
        }
    }
}
