using WitBindgen.Runtime.Tests.Production;

namespace WitBindgen.Runtime.Tests.Robustness;

/// <summary>
/// The component model traps a call into an instance that is already on the call stack (CanonicalABI.md,
/// <c>call_might_be_recursive</c>): a host function must not call back into the instance that called it.
/// </summary>
public sealed class ReentranceTests : IDisposable
{
    private readonly WasmEngine _engine = new();
    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;
    private ComponentFunction? _target;
    private int _callbacks;
    private Exception? _seen;

    public ReentranceTests()
    {
        _component = WasmComponent.FromWat(_engine, Wat);
        _linker = new ComponentLinker(_engine);
        _linker.DefineFunction(null, "callback", (_, results) =>
        {
            _callbacks++;
            try
            {
                results[0] = ComponentVal.U32(_target!.InvokeU32() + 1);
            }
            catch (Exception error)
            {
                _seen ??= error;
                throw;
            }
        });
    }

    public void Dispose()
    {
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    [Theory]
    [InlineData("inner")]
    [InlineData("outer")]
    public void A_host_function_calling_back_into_its_own_instance_is_refused_at_the_first_reentry(string reentered)
    {
        using var store = new ComponentStore(_engine);
        var instance = _linker.Instantiate(store, _component);
        _target = instance.GetFunction(null, reentered);

        var failure = Should.Throw<WitRuntimeException>(() => instance.GetFunction(null, "outer").InvokeU32());

        _callbacks.ShouldBe(1);
        var refused = _seen.ShouldBeOfType<WitReentranceException>();
        refused.FunctionName.ShouldBe(reentered);
        refused.Message.ShouldContain($"'{reentered}'");
        refused.Message.ShouldContain("already running");
        refused.Message.Length.ShouldBeLessThan(1000);
        failure.InnerException.ShouldBeSameAs(refused);
        store.IsPoisoned.ShouldBeTrue();
        store.PoisonedBy.ShouldBeSameAs(refused);
        Should.Throw<WitInstancePoisonedException>(() => instance.GetFunction(null, "inner").InvokeU32()).PoisonedBy.ShouldBeSameAs(refused);
    }

    [Fact]
    public void A_refused_reentry_poisons_the_store_even_when_the_host_function_swallows_it()
    {
        using var linker = new ComponentLinker(_engine);
        ComponentFunction? inner = null;
        Exception? swallowed = null;
        linker.DefineFunction(null, "callback", (_, results) =>
        {
            swallowed = Record.Exception(() => inner!.InvokeU32());
            results[0] = ComponentVal.U32(100);
        });
        using var store = new ComponentStore(_engine);
        var instance = linker.Instantiate(store, _component);
        inner = instance.GetFunction(null, "inner");

        instance.GetFunction(null, "outer").InvokeU32().ShouldBe(100u);

        swallowed.ShouldBeOfType<WitReentranceException>();
        store.PoisonedBy.ShouldBeSameAs(swallowed);
        Should.Throw<WitInstancePoisonedException>(() => inner.InvokeU32()).Message.ShouldContain("'inner'");
    }

    [Fact]
    public void A_host_function_may_call_another_instance_of_the_same_store()
    {
        using var store = new ComponentStore(_engine);
        var first = _linker.Instantiate(store, _component);
        var second = _linker.Instantiate(store, _component);
        _target = second.GetFunction(null, "inner");

        first.GetFunction(null, "outer").InvokeU32().ShouldBe(8u);
        first.GetFunction(null, "outer").InvokeU32().ShouldBe(8u);

        _callbacks.ShouldBe(2);
        store.IsPoisoned.ShouldBeFalse();
        second.GetFunction(null, "inner").InvokeU32().ShouldBe(7u);
    }

    [Fact]
    public void Calls_one_after_another_into_the_same_instance_are_not_reentrance()
    {
        using var store = new ComponentStore(_engine);
        var other = _linker.Instantiate(store, _component);
        var instance = _linker.Instantiate(store, _component);
        _target = other.GetFunction(null, "inner");
        var outer = instance.GetFunction(null, "outer");

        for (var i = 0; i < 3; i++)
        {
            outer.InvokeU32().ShouldBe(8u);
            instance.GetFunction(null, "inner").InvokeU32().ShouldBe(7u);
        }
    }

    // outer: calls the host's callback and returns its result; inner: 7.
    private const string Wat = """
        (component
          (import "callback" (func $callback (result u32)))
          (core func $callback-lowered (canon lower (func $callback)))
          (core module $m
            (import "host" "callback" (func $callback (result i32)))
            (func (export "outer") (result i32) (call $callback))
            (func (export "inner") (result i32) i32.const 7))
          (core instance $i (instantiate $m (with "host" (instance (export "callback" (func $callback-lowered))))))
          (func (export "outer") (result u32) (canon lift (core func $i "outer")))
          (func (export "inner") (result u32) (canon lift (core func $i "inner"))))
        """;
}
