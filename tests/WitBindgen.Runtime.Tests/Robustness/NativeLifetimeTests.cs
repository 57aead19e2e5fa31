using WitBindgen.Runtime.Tests.Production;
using WitBindgen.Runtime.Tests.Resources;

namespace WitBindgen.Runtime.Tests.Robustness;

/// <summary>
/// Engines, components and linkers are shared between threads, and a store may be disposed by another thread between
/// calls: a dispose that comes while native code still uses the object must not free it under that code.
/// </summary>
public sealed class NativeLifetimeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Disposing_the_component_linker_and_engine_while_an_instantiation_runs_frees_them_only_after_it_returns()
    {
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        // The Wasmtime backend's native component and linker handles are what this test watches.
        var engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Wasmtime });
        var component = WasmComponent.FromWat(engine, StartsByWaiting);
        var linker = new ComponentLinker(engine);
        linker.DefineFunction(null, "wait", (_, _) =>
        {
            inside.Set();
            release.Wait(Patience).ShouldBeTrue();
        });
        using var store = new ComponentStore(engine);
        ComponentInstance? instance = null;
        Exception? error = null;
        var instantiating = new Thread(() => error = Record.Exception(() => instance = linker.Instantiate(store, component)));
        instantiating.Start();
        try
        {
            inside.Wait(Patience).ShouldBeTrue();

            Should.NotThrow(component.Dispose);
            Should.NotThrow(linker.Dispose);
            Should.NotThrow(engine.Dispose);
            component.Handle.IsDisposed.ShouldBeTrue();
            component.Handle.IsInvalid.ShouldBeFalse("the component was freed while Wasmtime instantiated it");
            linker.Handle.IsInvalid.ShouldBeFalse("the linker was freed while Wasmtime instantiated from it");
        }
        finally
        {
            release.Set();
            instantiating.Join(Patience).ShouldBeTrue();
        }

        error.ShouldBeNull();
        component.Handle.IsInvalid.ShouldBeTrue();
        linker.Handle.IsInvalid.ShouldBeTrue();
        engine.Handle.IsInvalid.ShouldBeTrue();
        instance.ShouldNotBeNull().GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
        Should.Throw<ObjectDisposedException>(() => linker.Instantiate(store, component));
        Should.Throw<ObjectDisposedException>(() => new ComponentStore(engine));
        Should.Throw<ObjectDisposedException>(() => component.GetExportIndex(null, "answer"));
    }

    [Fact]
    public void A_store_disposed_by_another_thread_during_a_resource_scope_is_freed_when_the_scope_ends()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, ResourceComponent.Wat);
        using var h = new ResourceHarness(engine, component);
        h.Call("keep-y", ComponentVal.S32(1));
        var kept = h.Created.ShouldHaveSingleItem();

        using (ResourceScope.Enter(h.Store, null, "test:res/guest#take-y"))
        {
            var disposing = new Thread(h.Store.Dispose);
            disposing.Start();
            disposing.Join(Patience).ShouldBeTrue();

            h.Store.Handle.IsInvalid.ShouldBeFalse("the store was freed while a scope of this thread used it");
            kept.DisposeCount.ShouldBe(0);
            Should.Throw<ObjectDisposedException>(() => h.YType.Lower(new HostY(2), owned: true, "y"));
            Should.Throw<ObjectDisposedException>(() => h.Store.Fuel);
        }

        h.Store.Handle.IsInvalid.ShouldBeTrue();
        kept.DisposeCount.ShouldBe(1);
    }

    [Fact]
    public void A_store_disposed_by_another_thread_while_a_call_runs_is_refused_and_stays_alive()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, StartsByWaiting);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var waits = 0;
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction(null, "wait", (_, _) =>
        {
            if (++waits > 1)
            {
                inside.Set();
                release.Wait(Patience).ShouldBeTrue();
            }
        });
        var store = new ComponentStore(engine);
        var wait = linker.Instantiate(store, component).GetFunction(null, "wait");
        Exception? error = null;
        var calling = new Thread(() => error = Record.Exception(() => wait.Invoke()));
        calling.Start();
        try
        {
            inside.Wait(Patience).ShouldBeTrue();

            Should.Throw<WitConcurrentUseException>(store.Dispose);
            store.Handle.IsDisposed.ShouldBeFalse();
        }
        finally
        {
            release.Set();
            calling.Join(Patience).ShouldBeTrue();
        }

        error.ShouldBeNull();
        store.Dispose();
        store.Handle.IsInvalid.ShouldBeTrue();
        Should.Throw<ObjectDisposedException>(() => wait.Invoke());
    }

    // Imports wait: func() and calls it from its core module's start function, so instantiating runs host code;
    // exports wait (calling the import again) and answer: func() -> u32 (42).
    private const string StartsByWaiting = """
        (component
          (import "wait" (func $wait))
          (core func $wait-lowered (canon lower (func $wait)))
          (core module $m
            (import "host" "wait" (func $wait))
            (func $start (call $wait))
            (start $start)
            (func (export "wait") (call $wait))
            (func (export "answer") (result i32) i32.const 42))
          (core instance $i (instantiate $m (with "host" (instance (export "wait" (func $wait-lowered))))))
          (func (export "wait") (canon lift (core func $i "wait")))
          (func (export "answer") (result u32) (canon lift (core func $i "answer"))))
        """;
}
