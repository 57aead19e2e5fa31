using WitBindgen.Runtime.Tests.Production;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>
/// The flattened plan run on the managed core API computes what the component computes on the runtime: the
/// plan's instantiations, bindings and lifted core functions are the component's.
/// </summary>
public sealed class LoaderOracleTests
{
    private const int Bias = 100;

    public static TheoryData<string, string, string?, string, int, int> Cases => new()
    {
        { "add", LoaderComponents.Add, LoaderComponents.Api, "add", 2, 3 },
        { "adder", LoaderComponents.Nested, "test:calc/adder", "op", 7, 5 },
        { "subber", LoaderComponents.Nested, "test:calc/subber", "op", 7, 5 },
        { "multiplier", LoaderComponents.Nested, "test:calc/multiplier", "op", 7, 5 },
        { "biased", LoaderComponents.Nested, "test:calc/biased", "op", 7, 5 },
        { "shim", LoaderComponents.ShimAndFixup, LoaderComponents.Api, "add", -4, 9 },
        { "shared", LoaderComponents.SharedEverything, null, "roundtrip", 42, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_lifted_core_function_returns_what_the_component_call_returns(string label, string wat, string? instance, string name, int a, int b)
    {
        var plan = ComponentLoaderTests.Load(wat);
        var function = plan.FindLiftedFunction(instance, name).ShouldNotBeNull(label);
        var arity = function.Type.Parameters.Count;
        int[] args = arity == 2 ? [a, b] : [a];

        using var oracle = new CoreOracle(plan, new Dictionary<string, Func<int>> { [LoaderComponents.Host + "#bias"] = () => Bias });
        var flat = oracle.Call(function, args.Select(v => (Wasmtime.ValueBox)v).ToArray());

        flat.ShouldBe(CallComponent(wat, instance, name, args), label);
    }

    [Fact]
    public void Calls_into_lowered_imports_reach_the_host_function_through_the_shim_table()
    {
        var plan = ComponentLoaderTests.Load(LoaderComponents.ShimAndFixup);
        using var oracle = new CoreOracle(plan, new Dictionary<string, Func<int>> { [LoaderComponents.Host + "#bias"] = () => Bias });

        oracle.Call(plan.FindLiftedFunction(LoaderComponents.Api, "add")!, 1, 2).ShouldBe(103);
        oracle.Calls.ShouldBe([LoaderComponents.Host + "#bias"]);
    }

    [Fact]
    public void A_scalar_result_matches_the_component_call()
    {
        var plan = ComponentLoaderTests.Load(TestComponents.Spinner);
        using var oracle = new CoreOracle(plan);

        oracle.Call(plan.FindLiftedFunction(null, "answer")!).ShouldBe((int)CallComponent(TestComponents.Spinner, null, "answer", []));
    }

    private static int CallComponent(string wat, string? instance, string name, int[] args)
    {
        using var engine = new WasmEngine();
        using var component = WasmComponent.FromWat(engine, wat);
        using var linker = new ComponentLinker(engine);
        if (wat.Contains(LoaderComponents.Host, StringComparison.Ordinal))
        {
            linker.DefineFunction(LoaderComponents.Host, "bias", (_, results) => results[0] = ComponentVal.S32(Bias));
        }

        using var store = new ComponentStore(engine);
        var function = linker.Instantiate(store, component).GetFunction(instance, name);
        var results = new ComponentVal[1];
        function.Call(args.Select(ComponentVal.S32).ToArray(), results);
        return results[0].Kind == ComponentValKind.U32 ? (int)results[0].GetU32() : results[0].GetS32();
    }
}
