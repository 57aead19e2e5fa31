namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// Guests that break the Canonical ABI (tests/components/hostile): the host answers each with a clear exception
/// naming the export and the problem, the store is poisoned as after any trap, and the process and other stores of
/// the same component carry on. Values the spec accepts however odd (a NaN payload, a bool of 2, unknown flag bits,
/// narrow integers with high bits set) are read, not refused.
/// </summary>
public sealed class HostileGuestTests(HostileComponents components) : IClassFixture<HostileComponents>
{
    public static TheoryData<HostileBackend, string, string, Type, string> Refusals => HostileCases.Refusals;

    public static TheoryData<HostileBackend> Backends => HostileCases.Backends;

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_hostile_export_is_refused_naming_it_and_the_problem_and_poisons_only_its_store(
        HostileBackend backend, string component, string function, Type exception, string problem)
    {
        HostileInstance? instance = null;
        using var linker = components.NewLinker(backend, () => Call(instance!, "answer").GetU32());
        using var store = components.NewStore(backend);
        instance = components.Instantiate(backend, component, linker, store);

        var failure = Should.Throw<WitRuntimeException>(() => Call(instance, function));

        failure.GetType().ShouldBe(exception, failure.ToString());
        var named = HostileCases.FailingFunction(backend, function);
        failure.FunctionName.ShouldBe(named);
        if (HostileCases.NamesImportFirst(backend, function))
        {
            failure.Message.ShouldStartWith(named + ": ");
        }
        else
        {
            failure.Message.ShouldContain($"'{named}'");
        }

        failure.Message.ShouldContain(problem, Case.Insensitive);
        // A re-entrance poisons the store with the exception the host function met, which the Wasmtime backend wraps.
        store.PoisonedBy.ShouldBeSameAs(function == "reenter" ? HostileCases.Cause(backend, failure) : failure);
        Should.Throw<WitInstancePoisonedException>(() => Call(instance, HostileCases.WellBehaved(component)));
        using var fresh = components.NewStore(backend);
        Call(components.Instantiate(backend, component, linker, fresh), HostileCases.WellBehaved(component));
        fresh.IsPoisoned.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_nan_with_a_payload_comes_back_as_a_nan(HostileBackend backend)
    {
        var (instance, store) = Instantiate(backend, out var linker);
        using (linker)
        using (store)
        {
            float.IsNaN(Call(instance, "nan").GetF32()).ShouldBeTrue();
            store.IsPoisoned.ShouldBeFalse();
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_bool_of_two_is_true(HostileBackend backend)
    {
        var (instance, store) = Instantiate(backend, out var linker);
        using (linker)
        using (store)
        {
            Call(instance, "bool-two").GetBool().ShouldBeTrue();
            store.IsPoisoned.ShouldBeFalse();
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Narrow_integers_with_high_bits_set_are_truncated_to_their_width(HostileBackend backend)
    {
        var (instance, store) = Instantiate(backend, out var linker);
        using (linker)
        using (store)
        {
            Call(instance, "u8-high-bits").GetU8().ShouldBe((byte)0xff);
            Call(instance, "s8-high-bits").GetS8().ShouldBe((sbyte)-128);
            store.IsPoisoned.ShouldBeFalse();
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Flag_bits_no_flag_names_are_ignored(HostileBackend backend)
    {
        var (instance, store) = Instantiate(backend, out var linker);
        using (linker)
        using (store)
        {
            var flags = Call(instance, "unknown-flags");
            try
            {
                flags.GetFlags().ToArray().Select(flag => flag.ToString()).ShouldBe(["a", "b"]);
            }
            finally
            {
                ComponentVal.Free([flags]);
            }

            store.IsPoisoned.ShouldBeFalse();
            Call(instance, "ok-string");
        }
    }

    /// <summary>Calls <paramref name="function"/> with <see cref="HostileCases.Arguments"/>, frees them and any
    /// result but the first scalar, and returns that result (default when there is none or it was freed).</summary>
    internal static ComponentVal Call(HostileInstance instance, string function)
    {
        var arguments = HostileCases.Arguments(function);
        var results = new ComponentVal[HostileCases.ResultCount(function)];
        try
        {
            instance.Call(function, arguments, results);
        }
        finally
        {
            ComponentVal.Free(arguments);
        }

        if (results.Length == 0)
        {
            return default;
        }

        if (results[0].Kind is ComponentValKind.String or ComponentValKind.List or ComponentValKind.Option)
        {
            ComponentVal.Free(results);
            return default;
        }

        return results[0];
    }

    private (HostileInstance Instance, ComponentStore Store) Instantiate(HostileBackend backend, out ComponentLinker linker)
    {
        linker = components.NewLinker(backend);
        var store = components.NewStore(backend);
        return (components.Instantiate(backend, "results", linker, store), store);
    }
}
