using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests;

public sealed class ErrorTests
{
    private const string TrappingComponent = """
        (component
          (core module $m
            (func $inner unreachable)
            (func (export "boom") (param i32) (result i32) call $inner i32.const 0))
          (core instance $i (instantiate $m))
          (func $boom (param "x" u32) (result u32) (canon lift (core func $i "boom")))
          (instance $exports (export "boom" (func $boom)))
          (export "test:errors/api" (instance $exports)))
        """;

    [Fact]
    public void Trap_becomes_WitTrapException_naming_the_function_with_a_backtrace()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TrappingComponent);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var boom = linker.Instantiate(store, component).GetFunction("test:errors/api", "boom");

        var results = new ComponentVal[1];
        var error = Should.Throw<WitTrapException>(() => boom.Call(new[] { ComponentVal.U32(1) }, results));

        error.Message.ShouldContain("'test:errors/api#boom'");
        error.Message.ShouldContain("unreachable");
        error.WasmBacktrace.ShouldNotBeEmpty();
        results[0].Kind.ShouldBe(ComponentValKind.Bool);
    }

    [Fact]
    public void Host_exception_is_the_inner_exception_of_the_export_call()
    {
        using var harness = new RoundTripHarness("string", "i32", "i32");
        var thrown = new InvalidOperationException("the host refused");
        harness.Host = (_, _) => throw thrown;

        var error = Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.String("x")));

        error.ShouldNotBeOfType<WitTrapException>();
        error.InnerException.ShouldBeSameAs(thrown);
        error.Message.ShouldContain("test:rt/exports#roundtrip");
        error.Message.ShouldContain("the host refused");
    }

    [Fact]
    public void Instance_refuses_further_calls_after_a_failure_as_the_component_model_requires()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        harness.Host = (_, _) => throw new FormatException("once");
        Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.U32(1))).InnerException.ShouldBeOfType<FormatException>();

        harness.Host = (args, results) => results[0] = ComponentVal.U32(args[0].GetU32() + 1);
        var error = Should.Throw<WitTrapException>(() => harness.Call(ComponentVal.U32(1)));
        error.Message.ShouldContain("cannot enter component instance");
    }

    [Fact]
    public void Host_function_computes_results_from_arguments()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        harness.Host = (args, results) => results[0] = ComponentVal.U32(args[0].GetU32() + 1);
        harness.Call(ComponentVal.U32(41)).GetU32().ShouldBe(42u);
        harness.Call(ComponentVal.U32(1)).GetU32().ShouldBe(2u);
    }

    [Fact]
    public void Host_result_of_the_wrong_type_is_a_runtime_error_not_a_crash()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        harness.Host = (_, results) => results[0] = ComponentVal.String("not a u32");

        var error = Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.U32(1)));
        error.Message.ShouldContain("test:rt/exports#roundtrip");
    }

    [Fact]
    public void Argument_of_the_wrong_type_is_a_runtime_error()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        Should.Throw<WitRuntimeException>(() => harness.Call(ComponentVal.String("no")));
        harness.HostCalls.ShouldBe(0);
    }

    [Fact]
    public void Invalid_text_and_binaries_are_reported()
    {
        using var engine = new WasmEngine();
        Should.Throw<WitRuntimeException>(() => WasmComponent.FromWat(engine, "(component (func"));
        Should.Throw<WitRuntimeException>(() => WasmComponent.FromBytes(engine, [0, 1, 2, 3]));
    }

    [Fact]
    public void Legacy_component_index_syntax_is_reported_with_the_strict_form_and_no_environment_variable()
    {
        const string Strict = """
            (component
              (import "f" (func $f (param "x" string)))
              (core module $libc
                (memory (export "mem") 1)
                (func (export "realloc") (param i32 i32 i32 i32) (result i32) unreachable))
              (core instance $libc (instantiate $libc))
              (core func (canon lower (func $f) (memory (core memory $libc "mem")) (realloc (core func $libc "realloc")))))
            """;
        var legacy = Strict.Replace("(memory (core memory $libc \"mem\"))", "(memory $libc \"mem\")", StringComparison.Ordinal);
        using var engine = new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false });
        WasmComponent.FromWat(engine, Strict).Dispose();

        var error = Should.Throw<WitRuntimeException>(() => WasmComponent.FromWat(engine, legacy));

        error.Message.ShouldContain("`(memory (core memory $i \"name\"))`");
        error.Message.ShouldContain("<anon>:7:");
        error.Message.ShouldNotContain("WAST_STRICT_COMPONENT_INDICES");
        error.Message.ShouldContain("strict");
    }

    [Fact]
    public void Missing_import_fails_instantiation_with_its_name()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, RoundTripComponent.Wat("u32", "i32"));
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);

        var error = Should.Throw<WitRuntimeException>(() => linker.Instantiate(store, component));
        error.Message.ShouldContain("test:rt/host");
    }

    [Fact]
    public void Unknown_imports_can_be_defined_as_traps()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, RoundTripComponent.Wat("u32", "i32"));
        using var linker = new ComponentLinker(engine);
        linker.DefineUnknownImportsAsTraps(component);
        using var store = new ComponentStore(engine);
        var roundTrip = linker.Instantiate(store, component).GetFunction(RoundTripComponent.ExportInterface, RoundTripComponent.ExportFunction);

        var results = new ComponentVal[1];
        Should.Throw<WitRuntimeException>(() => roundTrip.Call(new[] { ComponentVal.U32(1) }, results));
    }

    [Fact]
    public void Calling_after_the_store_is_disposed_throws_ObjectDisposedException()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        harness.Store.Dispose();
        Should.Throw<ObjectDisposedException>(() => harness.Call(ComponentVal.U32(1)));
    }

    [Fact]
    public void Missing_export_is_null_for_TryGetFunction_and_an_error_for_GetFunction()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, TrappingComponent);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);
        var instance = linker.Instantiate(store, component);

        instance.TryGetFunction("test:errors/api", "nope").ShouldBeNull();
        instance.TryGetFunction("test:nope/api", "boom").ShouldBeNull();
        Should.Throw<WitRuntimeException>(() => instance.GetFunction(null, "boom")).Message.ShouldContain("'boom'");
        component.GetExportIndex("test:errors/api", "nope").ShouldBeNull();
    }
}
