using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public void Serialized_component_deserializes_and_runs()
    {
        using var engine = new WasmEngine();
        byte[] artifact;
        using (var compiled = WasmComponent.FromWat(engine, RoundTripComponent.Wat("u32", "i32")))
        {
            artifact = compiled.Serialize();
        }

        artifact.Length.ShouldBeGreaterThan(0);
        using var component = WasmComponent.Deserialize(engine, artifact);
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction(RoundTripComponent.HostInterface, RoundTripComponent.HostFunction, (args, results) => results[0] = ComponentVal.U32(args[0].GetU32() * 2));
        using var store = new ComponentStore(engine);
        var function = linker.Instantiate(store, component).GetFunction(RoundTripComponent.ExportInterface, RoundTripComponent.ExportFunction);

        var results = new ComponentVal[1];
        function.Call([ComponentVal.U32(21)], results);
        results[0].GetU32().ShouldBe(42u);
    }

    [Fact]
    public void Export_index_resolved_once_serves_every_instance()
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, RoundTripComponent.Wat("u32", "i32"));
        using var index = component.GetExportIndex(RoundTripComponent.ExportInterface, RoundTripComponent.ExportFunction);
        index.ShouldNotBeNull();
        index.DisplayName.ShouldBe("test:rt/exports#roundtrip");
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction(RoundTripComponent.HostInterface, RoundTripComponent.HostFunction, (args, results) => results[0] = args[0]);

        for (uint i = 0; i < 3; i++)
        {
            using var store = new ComponentStore(engine);
            var function = linker.Instantiate(store, component).GetFunction(index);
            function.Name.ShouldBe("test:rt/exports#roundtrip");
            var results = new ComponentVal[1];
            function.Call([ComponentVal.U32(i)], results);
            results[0].GetU32().ShouldBe(i);
        }
    }

    [Fact]
    public void Fuel_limits_execution()
    {
        using var harness = new RoundTripHarness(new WasmEngineOptions { ConsumeFuel = true }, "u32", "i32");
        harness.Store.Fuel = 0;
        var error = Should.Throw<WitTrapException>(() => harness.Call(ComponentVal.U32(1)));
        error.Message.ShouldContain("fuel");
    }

    [Fact]
    public void Fuel_is_consumed_by_calls()
    {
        using var harness = new RoundTripHarness(new WasmEngineOptions { ConsumeFuel = true }, "u32", "i32");
        harness.Store.Fuel = 10_000;
        harness.Call(ComponentVal.U32(1)).GetU32().ShouldBe(1u);
        harness.Store.Fuel.ShouldBeLessThan(10_000UL);
    }

    [Fact]
    public void Calls_work_with_concurrency_support_enabled()
    {
        using var harness = new RoundTripHarness(new WasmEngineOptions { ConcurrencySupport = true }, "string", "i32", "i32");
        var result = harness.Call(ComponentVal.String("async-capable engine"));
        result.GetString().ShouldBe("async-capable engine");
        result.Dispose();
    }

    [Fact]
    public void Fuel_without_the_engine_option_is_an_error()
    {
        using var harness = new RoundTripHarness("u32", "i32");
        Should.Throw<WitRuntimeException>(() => harness.Store.Fuel = 5);
    }

    [Fact]
    public void Defining_two_functions_in_one_interface_and_at_the_root_works()
    {
        using var engine = new WasmEngine();
        using var linker = new ComponentLinker(engine);
        linker.DefineFunction("test:rt/host", "one", (_, _) => { });
        linker.DefineFunction("test:rt/host", "two", (_, _) => { });
        linker.DefineFunction(null, "root", (_, _) => { });
        Should.Throw<WitRuntimeException>(() => linker.DefineFunction("test:rt/host", "one", (_, _) => { }));
    }

    [Fact]
    public void Shadowing_can_be_allowed()
    {
        using var engine = new WasmEngine();
        using var linker = new ComponentLinker(engine);
        linker.AllowShadowing(true);
        linker.DefineFunction("test:rt/host", "one", (_, _) => { });
        linker.DefineFunction("test:rt/host", "one", (_, _) => { });
    }
}
