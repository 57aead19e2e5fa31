using WitBindgen.Runtime.Tests.Production;

namespace WitBindgen.Runtime.Tests.Robustness;

/// <summary>
/// Failures Wasmtime raises while moving values across the boundary, after the guest was entered: each leaves the
/// instance refusing every later call, so the store must say it is poisoned and by which failure.
/// </summary>
public sealed class LiftFailurePoisoningTests : IDisposable
{
    private readonly WasmEngine _engine = new();
    private readonly WasmComponent _component;

    public LiftFailurePoisoningTests()
    {
        _component = WasmComponent.FromWat(_engine, Wat);
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "bad-utf8", "utf-8" },
        { "oob-string", "out of bounds" },
        { "bad-discriminant", "discriminant" },
        { "surrogate", "char" },
        { "bad-realloc", "realloc" },
        { "wrong-argument-type", "type mismatch" },
        { "kept-borrow", "borrow" },
    };

    public void Dispose()
    {
        _component.Dispose();
        _engine.Dispose();
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_failure_moving_values_poisons_the_store_with_that_failure(string scenario, string expected)
    {
        var type = new HostResourceType("r");
        using var linker = new ComponentLinker(_engine);
        linker.DefineResource(null, "r", type);
        using var store = new ComponentStore(_engine);
        var instance = linker.Instantiate(store, _component);
        var answer = instance.GetFunction(null, "answer");
        answer.InvokeU32().ShouldBe(42u);

        var failure = Should.Throw<WitRuntimeException>(() => CallFailing(instance, scenario, type));

        failure.Message.ShouldContain(expected, Case.Insensitive);
        failure.FunctionName.ShouldNotBeNull();
        failure.Message.ShouldContain($"'{failure.FunctionName}'");
        store.IsPoisoned.ShouldBeTrue(failure.ToString());
        store.PoisonedBy.ShouldBeSameAs(failure);
        var refused = Should.Throw<WitInstancePoisonedException>(() => answer.InvokeU32());
        refused.PoisonedBy.ShouldBeSameAs(failure);
        refused.InnerException.ShouldBeSameAs(failure);
        refused.Message.ShouldContain($"'{failure.FunctionName}'");
        refused.Message.ShouldContain("'answer'");
    }

    [Fact]
    public void A_wrong_number_of_arguments_or_results_is_refused_before_entering_and_leaves_the_store_usable()
    {
        using var linker = new ComponentLinker(_engine);
        linker.DefineResource(null, "r", new HostResourceType("r"));
        using var store = new ComponentStore(_engine);
        var instance = linker.Instantiate(store, _component);

        var takesString = instance.GetFunction(null, "bad-realloc");

        Should.Throw<WitRuntimeException>(() => takesString.Call([], [])).Message.ShouldContain("argument(s)");
        Should.Throw<WitRuntimeException>(() => takesString.Call([ComponentVal.U32(1)], new ComponentVal[1])).Message.ShouldContain("result(s)");

        store.IsPoisoned.ShouldBeFalse();
        instance.GetFunction(null, "answer").InvokeU32().ShouldBe(42u);
    }

    private static void CallFailing(ComponentInstance instance, string scenario, HostResourceType type)
    {
        var function = instance.GetFunction(null, scenario == "wrong-argument-type" ? "bad-realloc" : scenario);
        switch (scenario)
        {
            case "bad-realloc":
                function.Call([ComponentVal.String("hello")], []);
                break;
            case "wrong-argument-type":
                function.Call([ComponentVal.U32(1)], []);
                break;
            case "kept-borrow":
                using (ResourceScope.Enter(function.Store, bindings: null, function.Name))
                {
                    var borrowed = type.Lower(new object(), owned: false, "kept-borrow(x)");
                    try
                    {
                        function.Call([borrowed], []);
                    }
                    finally
                    {
                        ComponentVal.Free([borrowed]);
                    }
                }

                break;
            default:
                var results = new ComponentVal[1];
                function.Call([], results);
                ComponentVal.Free(results);
                break;
        }
    }

    // Memory: at 0 a string (16, 2) whose bytes are invalid UTF-8; at 8 a string pointing past the one page; the
    // realloc hands out a pointer past the page too.
    private const string Wat = """
        (component
          (import "r" (type $r (sub resource)))
          (core module $m
            (memory (export "memory") 1)
            (data (i32.const 0) "\10\00\00\00\02\00\00\00\00\00\01\00\10\00\00\00")
            (data (i32.const 16) "\ff\fe")
            (func (export "realloc") (param i32 i32 i32 i32) (result i32) i32.const 0x10000)
            (func (export "answer") (result i32) i32.const 42)
            (func (export "bad-utf8") (result i32) i32.const 0)
            (func (export "oob-string") (result i32) i32.const 8)
            (func (export "bad-discriminant") (result i32) i32.const 7)
            (func (export "surrogate") (result i32) i32.const 0xd800)
            (func (export "bad-realloc") (param i32 i32))
            (func (export "kept-borrow") (param i32)))
          (core instance $i (instantiate $m))
          (func (export "answer") (result u32) (canon lift (core func $i "answer")))
          (func (export "bad-utf8") (result string) (canon lift (core func $i "bad-utf8") (memory (core memory $i "memory"))))
          (func (export "oob-string") (result string) (canon lift (core func $i "oob-string") (memory (core memory $i "memory"))))
          (func (export "bad-discriminant") (result (result)) (canon lift (core func $i "bad-discriminant")))
          (func (export "surrogate") (result char) (canon lift (core func $i "surrogate")))
          (func (export "bad-realloc") (param "s" string)
            (canon lift (core func $i "bad-realloc") (memory (core memory $i "memory")) (realloc (core func $i "realloc"))))
          (func (export "kept-borrow") (param "x" (borrow $r)) (canon lift (core func $i "kept-borrow"))))
        """;
}
