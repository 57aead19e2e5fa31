using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Native;
using WitBindgen.Runtime.Tests.Resources;

namespace WitBindgen.Runtime.Tests.Robustness;

public sealed class ResourceRobustnessTests : IDisposable
{
    private readonly WasmEngine _engine = new();
    private readonly WasmComponent _component;

    public ResourceRobustnessTests()
    {
        _component = WasmComponent.FromWat(_engine, ResourceComponent.Wat);
    }

    public void Dispose()
    {
        _component.Dispose();
        _engine.Dispose();
    }

    [Fact]
    public void Own_guest_handle_disposed_after_its_store_only_releases_host_memory()
    {
        var h = new ResourceHarness(_engine, _component);
        var x = LiftOwned(h, h.Call("[constructor]x", ComponentVal.S32(5)));
        h.Dispose();

        Should.NotThrow(x.Dispose);
        x.IsDisposed.ShouldBeTrue();
        Should.Throw<ObjectDisposedException>(() => x.LowerBorrow("later"));
    }

    [Fact]
    public void Forgotten_guest_handles_are_finalized_safely_while_and_after_the_store_lives()
    {
        using (var h = new ResourceHarness(_engine, _component))
        {
            Forget(h, count: 20);
            CollectGarbage();

            // The store is intact: the guest still counts no drops and keeps working.
            h.Dropped().ShouldBe(0u);
            var x = LiftOwned(h, h.Call("[constructor]x", ComponentVal.S32(9)));
            h.CallS32("[method]x.get-a", x.LowerBorrow("test")).ShouldBe(9);
            x.Dispose();
            h.Dropped().ShouldBe(1u);
            Forget(h, count: 20);
        }

        CollectGarbage();
    }

    [Fact]
    public void Host_destructor_that_throws_fails_the_guest_drop_clearly_and_the_table_stays_consistent()
    {
        var type = new HostResourceType("y", _ => throw new InvalidOperationException("dispose failed"));
        using var linker = new ComponentLinker(_engine);
        DefineY(linker, type);
        using var store = new ComponentStore(_engine);
        var instance = linker.Instantiate(store, _component);
        var keep = instance.GetFunction(ResourceComponent.Guest, "keep-y");
        var dropKept = instance.GetFunction(ResourceComponent.Guest, "drop-kept");

        keep.Call([ComponentVal.S32(1)], []);
        StoreResources.FromContext(store.Context).Count.ShouldBe(1);

        var error = Should.Throw<WitRuntimeException>(() => dropKept.Call([], []));
        error.Message.ShouldContain("destructor of host resource 'y'");
        error.Message.ShouldContain("dispose failed");
        error.FunctionName.ShouldBe(dropKept.Name);
        StoreResources.FromContext(store.Context).Count.ShouldBe(0);
        Should.Throw<WitRuntimeException>(() => keep.Call([ComponentVal.S32(2)], []));
    }

    [Fact]
    public void Destructor_that_throws_while_the_store_is_disposed_does_not_crash()
    {
        var destroyed = 0;
        var type = new HostResourceType("y", _ =>
        {
            destroyed++;
            throw new InvalidOperationException("dispose failed");
        });
        using var linker = new ComponentLinker(_engine);
        DefineY(linker, type);
        var store = new ComponentStore(_engine);
        var keep = linker.Instantiate(store, _component).GetFunction(ResourceComponent.Guest, "keep-y");
        keep.Call([ComponentVal.S32(1)], []);

        Should.NotThrow(store.Dispose);
        destroyed.ShouldBe(1);
    }

    [Fact]
    public void Host_function_that_throws_after_lowering_an_own_handle_does_not_keep_the_object()
    {
        var type = new HostResourceType("y");
        var created = new List<HostY>();
        using var linker = new ComponentLinker(_engine);
        DefineY(linker, type, construct: (args, results) =>
        {
            var y = new HostY(args[0].GetS32());
            created.Add(y);
            results[0] = type.Lower(y, owned: true, "[constructor]y");
            throw new FormatException("constructor failed late");
        });
        using var store = new ComponentStore(_engine);
        var makeY = linker.Instantiate(store, _component).GetFunction(ResourceComponent.Guest, "make-y");

        var error = Should.Throw<WitRuntimeException>(() => makeY.Call([ComponentVal.S32(1)], new ComponentVal[1]));

        error.InnerException.ShouldBeOfType<FormatException>();
        error.Message.ShouldContain("[constructor]y");
        StoreResources.FromContext(store.Context).Count.ShouldBe(0);
        store.Dispose();
        created.ShouldHaveSingleItem().DisposeCount.ShouldBe(0);
    }

    [Fact]
    public void Host_function_that_throws_while_lowering_names_the_function()
    {
        var type = new HostResourceType("y");
        var other = new HostResourceType("z");
        var shared = new HostY(3);
        using var linker = new ComponentLinker(_engine);
        DefineY(linker, type, construct: (args, results) =>
        {
            // The same object already lent as another resource type: refused while lowering.
            other.Lower(shared, owned: false, "probe");
            results[0] = type.Lower(shared, owned: true, "[constructor]y");
        });
        using var store = new ComponentStore(_engine);
        var makeY = linker.Instantiate(store, _component).GetFunction(ResourceComponent.Guest, "make-y");

        var error = Should.Throw<WitRuntimeException>(() => makeY.Call([ComponentVal.S32(1)], new ComponentVal[1]));

        error.Message.ShouldContain("'test:res/host#[constructor]y'");
        error.InnerException.ShouldBeOfType<WitRuntimeException>().Message.ShouldContain("already given to the guest as a `z`");
        StoreResources.FromContext(store.Context).Count.ShouldBe(0);
    }

    [Fact]
    public void Converting_resources_in_a_scope_whose_store_was_disposed_is_refused()
    {
        var h = new ResourceHarness(_engine, _component);
        var given = h.Call("give-y", ComponentVal.S32(4));
        try
        {
            using (ResourceScope.Enter(h.Store, null, "give-y"))
            {
                h.YType.Lower(new HostY(3), owned: false, "lent before the store went").Dispose();
                h.Dispose();
                Should.Throw<ObjectDisposedException>(() => h.YType.Lift(given, "result of give-y"));
                Should.Throw<ObjectDisposedException>(() => h.YType.Lower(new HostY(1), owned: true, "argument"));
                Should.Throw<ObjectDisposedException>(() => h.YType.Lower(new HostY(2), owned: false, "argument"));
            }
        }
        finally
        {
            given.Dispose();
        }
    }

    [Theory]
    [InlineData("double-drop")]
    [InlineData("use-dropped")]
    public void A_guest_that_misuses_a_handle_poisons_the_store_and_later_calls_name_the_failure(string export)
    {
        using var h = new ResourceHarness(_engine, _component);
        var error = Should.Throw<WitRuntimeException>(() => h.Call(export, ComponentVal.S32(3)));
        error.WasmBacktrace.ShouldNotBeNullOrEmpty();

        h.Store.IsPoisoned.ShouldBeTrue();
        h.Store.PoisonedBy.ShouldBeSameAs(error);
        var again = Should.Throw<WitInstancePoisonedException>(() => h.Call("make-y", ComponentVal.S32(1)));
        again.Message.ShouldContain(export);
        again.Message.ShouldContain("unknown handle index");
    }

    [Fact]
    public void A_store_nobody_disposed_destroys_its_host_objects_on_the_finalizer_thread()
    {
        var y = new HostY(1);
        var destroyed = 0;
        var type = new HostResourceType("y", value =>
        {
            ((HostY)value).Dispose();
            Interlocked.Increment(ref destroyed);
            throw new InvalidOperationException("nobody to report to");
        });
        using var linker = new ComponentLinker(_engine);
        DefineY(linker, type, construct: (_, results) => results[0] = type.Lower(y, owned: true, "[constructor]y"));

        AbandonStoreHolding(linker);
        CollectGarbage();

        y.DisposeCount.ShouldBe(1);
        destroyed.ShouldBe(1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AbandonStoreHolding(ComponentLinker linker)
    {
        var store = new ComponentStore(_engine);
        linker.Instantiate(store, _component).GetFunction(ResourceComponent.Guest, "keep-y").Call([ComponentVal.S32(1)], []);
    }

    [Fact]
    public void A_guest_handle_of_one_store_cannot_be_passed_into_another()
    {
        using var a = new ResourceHarness(_engine, _component);
        using var b = new ResourceHarness(_engine, _component);
        var fromA = LiftOwned(a, a.Call("[constructor]x", ComponentVal.S32(5)));
        var fromB = LiftOwned(b, b.Call("[constructor]x", ComponentVal.S32(6)));

        using (ResourceScope.Enter(b.Store, null, "test:res/guest#[static]x.add"))
        {
            Should.Throw<WitRuntimeException>(() => fromA.LowerBorrow("self")).Message.ShouldContain("another store");
            Should.Throw<WitRuntimeException>(() => fromA.LowerOwn("x")).Message.ShouldContain("another store");
        }

        fromA.IsDisposed.ShouldBeFalse();
        b.CallS32("[method]x.get-a", fromB.LowerBorrow("self")).ShouldBe(6);
        a.CallS32("[method]x.get-a", fromA.LowerBorrow("self")).ShouldBe(5);
    }

    [Fact]
    public void An_own_argument_of_a_call_wasmtime_refused_stays_the_hosts()
    {
        var h = new ResourceHarness(_engine, _component);
        var y = new HostY(5);
        var takeY = h.Function("take-y");
        using (ResourceScope.Enter(h.Store, null, takeY.Name))
        {
            var args = new[] { h.YType.Lower(y, owned: true, "y"), ComponentVal.S32(1) };
            Should.Throw<WitRuntimeException>(() => takeY.Call(args, new ComponentVal[1]));
            ComponentVal.Free(args);
        }

        h.Store.IsPoisoned.ShouldBeFalse();
        StoreResources.FromContext(h.Store.Context).Count.ShouldBe(0);

        // Passed properly, the guest gets it and its drop runs the destructor.
        using (ResourceScope.Enter(h.Store, null, takeY.Name))
        {
            var results = new ComponentVal[1];
            takeY.Call([h.YType.Lower(y, owned: true, "y")], results);
            results[0].GetS32().ShouldBe(5);
        }

        y.DisposeCount.ShouldBe(1);
        h.Dispose();
        y.DisposeCount.ShouldBe(1);
    }

    private void DefineY(ComponentLinker linker, HostResourceType type, ComponentHostFunction? construct = null)
    {
        linker.DefineResource(ResourceComponent.Host, "y", type);
        linker.DefineFunction(ResourceComponent.Host, "[constructor]y", construct ?? ((args, results) =>
            results[0] = type.Lower(new HostY(args[0].GetS32()), owned: true, "[constructor]y")));
        linker.DefineFunction(ResourceComponent.Host, "[method]y.get-a", (args, results) =>
            results[0] = ComponentVal.S32(type.Lift<HostY>(args[0], "[method]y.get-a").A));
        linker.DefineFunction(ResourceComponent.Host, "peek", (args, results) =>
            results[0] = ComponentVal.S32(type.Lift<HostY>(args[0], "peek").A));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Forget(ResourceHarness h, int count)
    {
        for (var i = 0; i < count; i++)
        {
            LiftOwned(h, h.Call("[constructor]x", ComponentVal.S32(i)));
        }
    }

    private static void CollectGarbage()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    private static ComponentResource LiftOwned(ResourceHarness h, ComponentVal value)
    {
        using (ResourceScope.Enter(h.Store, null, "test"))
        {
            try
            {
                return ComponentResource.Lift(value, "test");
            }
            finally
            {
                value.Dispose();
            }
        }
    }
}
