using System.Reflection;
using WitBindgen.Runtime.Tests.Direct;

namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// Cases where a backend departs from CanonicalABI.md (<see cref="HostileDivergences"/>): the spec's expectation as
/// a <see cref="SpecTheoryAttribute"/> over the backends that follow it, and one test per divergence, named after it,
/// asserting what the diverging backend does.
/// </summary>
public sealed class HostileDivergenceTests(HostileComponents components, ComposedComponents composed)
    : IClassFixture<HostileComponents>, IClassFixture<ComposedComponents>
{
    [SpecTheory("four-mebibytes")]
    [MemberData(nameof(HostileDivergences.FollowingSpec), "four-mebibytes", MemberType = typeof(HostileDivergences))]
    public void A_result_list_of_four_mebibytes_comes_back_whole(HostileBackend backend)
    {
        using var linker = components.NewLinker(backend);
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, "large", linker, store);
        var results = new ComponentVal[1];

        instance.Call("four-mebibytes", [], results);

        try
        {
            var bytes = results[0].GetBytes();
            bytes.Length.ShouldBe(4 << 20);
            Enumerable.Range(0, 64).Select(k => (int)bytes[k << 16]).ShouldBe(Enumerable.Range(0, 64));
        }
        finally
        {
            ComponentVal.Free(results);
        }

        store.IsPoisoned.ShouldBeFalse();
    }

    [Fact]
    public void Wasmtime_refuses_a_result_list_over_its_hostcall_copy_budget()
    {
        using var linker = components.NewLinker(HostileBackend.Wasmtime);
        using var store = components.NewStore(HostileBackend.Wasmtime);
        var instance = linker.Instantiate(store, components.Component(HostileBackend.Wasmtime, "large"));

        var failure = Should.Throw<WitRuntimeException>(() => instance.GetFunction(null, "four-mebibytes").Call([], new ComponentVal[1]));

        failure.GetType().ShouldBe(typeof(WitRuntimeException));
        failure.FunctionName.ShouldBe("four-mebibytes");
        failure.Message.ShouldContain("'four-mebibytes'");
        failure.Message.ShouldContain("fuel allocated for hostcalls has been exhausted");
        failure.Message.ShouldContain("in pieces");
        store.IsPoisoned.ShouldBeTrue();
    }

    [SpecTheory("donut-reenters-child")]
    [MemberData(nameof(HostileDivergences.FollowingSpec), "donut-reenters-child", MemberType = typeof(HostileDivergences))]
    public void A_child_calling_into_its_parent_stays_inside_it_but_a_call_into_a_child_already_on_the_stack_traps(HostileBackend backend)
    {
        using var store = composed.NewStore(backend);
        var instance = composed.Instantiate(backend, ComposedComponents.Donut, store);

        ComposedComponentTests.Call(instance, "run", [ComponentVal.U32(1)]).ShouldBe("9");
        Should.Throw<WitReentranceException>(() => ComposedComponentTests.Call(instance, "run", [ComponentVal.U32(0)]))
            .FunctionName.ShouldBe("leaf");
        store.IsPoisoned.ShouldBeTrue();
    }

    [Fact]
    public void Wasmtime_lets_a_parent_call_back_into_a_child_component_instance_already_on_the_stack()
    {
        using var store = composed.NewStore(HostileBackend.Wasmtime);
        var instance = composed.Instantiate(HostileBackend.Wasmtime, ComposedComponents.Donut, store);

        ComposedComponentTests.Call(instance, "run", [ComponentVal.U32(1)]).ShouldBe("9");
        ComposedComponentTests.Call(instance, "run", [ComponentVal.U32(0)]).ShouldBe("9");
        store.IsPoisoned.ShouldBeFalse();
    }

    [SpecTheory("tagged-latin1-shrink")]
    [MemberData(nameof(HostileDivergences.FollowingSpec), "tagged-latin1-shrink", MemberType = typeof(HostileDivergences))]
    public void Latin1_text_a_guest_tagged_as_utf16_is_stored_as_utf16_then_compacted_and_shrunk_with_alignment_1(HostileBackend backend)
    {
        using var store = composed.NewStore(backend);
        var instance = composed.Instantiate(backend, ComposedComponents.Tagged, store);

        ComposedComponentTests.Call(instance, "run", []).ShouldBe("\"hi\"");

        // store_probably_utf16_to_latin1_or_utf16: realloc(0, 0, 2, 4) for the UTF-16, then realloc(p, 4, 1, 2) for the
        // latin1 (the trace is 1000 × previous + 100 × old size + 10 × alignment + size).
        ComposedComponentTests.Call(instance, "caller-trace", []).ShouldBe("24412");
    }

    [Fact]
    public void Wasmtime_shrinks_compacted_latin1_with_alignment_2()
    {
        using var store = composed.NewStore(HostileBackend.Wasmtime);
        var instance = composed.Instantiate(HostileBackend.Wasmtime, ComposedComponents.Tagged, store);

        ComposedComponentTests.Call(instance, "run", []).ShouldBe("\"hi\"");
        ComposedComponentTests.Call(instance, "caller-trace", []).ShouldBe("24422");
    }

    [Fact]
    public void Every_divergence_names_a_test_here_that_asserts_it_and_a_case_with_a_spec_theory()
    {
        var methods = typeof(HostileDivergenceTests).GetMethods();

        foreach (var divergence in HostileDivergences.All)
        {
            var test = methods.SingleOrDefault(method => method.Name == divergence.Test);
            test.ShouldNotBeNull(divergence.ToString());
            test.GetCustomAttribute<FactAttribute>().ShouldNotBeNull(divergence.ToString());
            test.Name.ShouldStartWith(divergence.Backend + "_");
            methods.Count(method => method.GetCustomAttribute<SpecTheoryAttribute>() is not null
                && method.GetCustomAttributesData().Any(data => data.AttributeType == typeof(SpecTheoryAttribute)
                    && (string?)data.ConstructorArguments[0].Value == divergence.Case))
                .ShouldBe(1, divergence.ToString());
        }
    }
}
