using System.Diagnostics;
using WitBindgen.Runtime.Tests.Production;

namespace WitBindgen.Runtime.Tests.Robustness;

/// <summary>Disposing an own handle runs the guest's destructor: guest code, held to the rules of a call.</summary>
public sealed class GuestDestructorTests : IDisposable
{
    /// <summary>Exports resource <c>x</c> (rep = the constructor's argument) whose destructor traps for 13 and loops forever for 7.</summary>
    private const string Wat = """
        (component
          (core module $dtor
            (func (export "x-dtor") (param $rep i32)
              (if (i32.eq (local.get $rep) (i32.const 13)) (then unreachable))
              (if (i32.eq (local.get $rep) (i32.const 7)) (then (loop $l (br $l))))))
          (core instance $dtor (instantiate $dtor))
          (type $x (resource (rep i32) (dtor (core func $dtor "x-dtor"))))
          (core func $x-new (canon resource.new $x))
          (core module $main
            (import "x" "new" (func $x-new (param i32) (result i32)))
            (func (export "x-ctor") (param $a i32) (result i32) (call $x-new (local.get $a)))
            (func (export "answer") (result i32) i32.const 42))
          (core instance $main (instantiate $main (with "x" (instance (export "new" (func $x-new))))))
          (func $x-ctor (param "a" s32) (result (own $x)) (canon lift (core func $main "x-ctor")))
          (func $answer (result u32) (canon lift (core func $main "answer")))
          (component $wrap
            (import "x" (type $x-in (sub resource)))
            (import "ctor" (func $c (param "a" s32) (result (own $x-in))))
            (import "answer" (func $a (result u32)))
            (export $x "x" (type $x-in))
            (export "[constructor]x" (func $c) (func (param "a" s32) (result (own $x))))
            (export "answer" (func $a)))
          (instance $guest (instantiate $wrap (with "x" (type $x)) (with "ctor" (func $x-ctor)) (with "answer" (func $answer))))
          (export "test:dtor/guest" (instance $guest)))
        """;

    private readonly WasmEngine _engine = new(new WasmEngineOptions { EpochInterruption = true });
    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;
    private readonly ComponentStore _store;
    private readonly ComponentInstance _instance;

    public GuestDestructorTests()
    {
        _component = WasmComponent.FromWat(_engine, Wat);
        _linker = new ComponentLinker(_engine);
        _store = new ComponentStore(_engine);
        _instance = _linker.Instantiate(_store, _component);
    }

    public void Dispose()
    {
        _store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    [Fact]
    public void A_destructor_that_traps_poisons_the_store_and_later_calls_name_it()
    {
        var x = Create(13);
        var other = Create(1);

        var error = Should.Throw<WitTrapException>(x.Dispose);
        error.Message.ShouldContain("dropping a resource");
        x.IsDisposed.ShouldBeTrue();
        _store.IsPoisoned.ShouldBeTrue();

        Should.Throw<WitInstancePoisonedException>(() => Answer()).Message.ShouldContain("[resource-drop]");
        Should.Throw<WitRuntimeException>(other.Dispose).Message.ShouldContain("cannot enter component instance");
        other.IsDisposed.ShouldBeTrue();
    }

    [Fact]
    public void A_destructor_that_never_ends_is_interrupted_by_the_call_timeout()
    {
        var x = Create(7);
        _store.CallTimeout = TimeSpan.FromMilliseconds(100);
        var clock = Stopwatch.StartNew();

        Should.Throw<WitTimeoutException>(x.Dispose).FunctionName.ShouldBe("[resource-drop]");

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        x.IsDisposed.ShouldBeTrue();
        _store.IsPoisoned.ShouldBeTrue();
    }

    private ComponentResource Create(int rep)
    {
        var results = new ComponentVal[1];
        var constructor = _instance.GetFunction("test:dtor/guest", "[constructor]x");
        using (ResourceScope.Enter(_store, null, constructor.Name))
        {
            constructor.Call([ComponentVal.S32(rep)], results);
            try
            {
                return ComponentResource.Lift(results[0], "result");
            }
            finally
            {
                results[0].Dispose();
            }
        }
    }

    private uint Answer() => _instance.GetFunction("test:dtor/guest", "answer").InvokeU32();
}
