namespace WitBindgen.Runtime.Tests.Resources;

/// <summary>
/// The component model's resource rules (rules.wat) on both backends, the Wasmtime backend as the oracle: the same
/// results, the same exception types, and host objects released exactly once.
/// </summary>
public sealed class ResourceRuleTests
{
    public static TheoryData<ComponentBackend> Backends => new() { ComponentBackend.Direct, ComponentBackend.Wasmtime };

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_borrow_of_a_guest_resource_passed_back_to_its_instance_arrives_as_its_rep(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend);
        using var made = rules.Make(42);

        rules.Call("rep-of", () => [made.LowerBorrow("r")]).ShouldBe("42");
        made.IsDisposed.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Dropping_an_own_handle_runs_the_destructor_once_in_the_defining_instance(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend);
        var moved = rules.Make(5);
        var disposed = rules.Make(6);

        rules.Call("drop-own", () => [moved.LowerOwn("r")], resultCount: 0);
        disposed.Dispose();
        disposed.Dispose();

        moved.IsDisposed.ShouldBeTrue();
        rules.Call("dropped").ShouldBe("11");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_borrow_kept_past_the_return_of_its_call_traps(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend);

        var error = Should.Throw<WitRuntimeException>(() => rules.Call("keep-borrow", () => [rules.Type.Lower(new object(), owned: false, "h")], resultCount: 0));

        error.GetType().ShouldBe(typeof(WitRuntimeException));
        error.Message.ShouldContain("borrow");
        rules.Store.IsPoisoned.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Dropping_a_borrow_ends_the_loan_without_running_the_destructor(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend);
        var lent = new ResourceRules.HostObject(9, rules.Destroyed);

        rules.Call("drop-borrow", () => [rules.Type.Lower(lent, owned: false, "h")]).ShouldBe("9");
        rules.Call("drop-borrow", () => [rules.Type.Lower(lent, owned: false, "h")]).ShouldBe("9");

        rules.Destroyed.ShouldBeEmpty();
        rules.Store.IsPoisoned.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_host_object_of_another_resource_type_is_refused(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend);
        var other = new HostResourceType("other");

        var error = Should.Throw<WitRuntimeException>(() => rules.Call("drop-borrow", () => [other.Lower(new object(), owned: false, "h")]));

        error.GetType().ShouldBe(typeof(WitRuntimeException));
        error.Message.ShouldContain("mismatched resource types");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_imported_resource_without_a_host_type_is_refused_unless_unknown_imports_trap(ComponentBackend backend)
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
        using var component = WasmComponent.FromWat(engine, File.ReadAllText(Path.Combine(WitBindgen.Testing.TestPaths.RepoRoot, "tests", "components", "resources", "rules.wat")));
        using var linker = new ComponentLinker(engine);
        foreach (var name in new[] { "[constructor]hr", "[method]hr.value", "give-twice" })
        {
            linker.DefineFunction(ResourceRules.Host, name, (_, _) => throw new InvalidOperationException("not called"));
        }

        using var store = new ComponentStore(engine);

        Should.Throw<WitRuntimeException>(() => linker.Instantiate(store, component)).GetType().ShouldBe(typeof(WitRuntimeException));
        linker.DefineUnknownImportsAsTraps(component);
        linker.Instantiate(store, component).Backend.ShouldBe(backend);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Moving_an_own_handle_lent_to_the_same_call_traps(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend);

        Should.Throw<WitRuntimeException>(() => rules.Call("move-lent", resultCount: 0)).GetType().ShouldBe(typeof(WitRuntimeException));
        rules.Store.IsPoisoned.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ComponentBackend.Direct, "drop-twice")]
    [InlineData(ComponentBackend.Wasmtime, "drop-twice")]
    [InlineData(ComponentBackend.Direct, "wrong-type")]
    [InlineData(ComponentBackend.Wasmtime, "wrong-type")]
    public void A_handle_misused_by_the_guest_traps_and_poisons_the_store(ComponentBackend backend, string export)
    {
        using var rules = new ResourceRules(backend);

        var error = Should.Throw<WitRuntimeException>(() => rules.Call(export, resultCount: 0));

        error.GetType().ShouldBe(typeof(WitRuntimeException));
        error.FunctionName.ShouldBe(export);
        rules.Store.IsPoisoned.ShouldBeTrue();
        Should.Throw<WitInstancePoisonedException>(() => rules.Call("dropped"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_destructor_that_traps_fails_the_drop_and_poisons_the_store(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend);
        var doomed = rules.Make(13);

        var error = Should.Throw<WitTrapException>(doomed.Dispose);

        error.GetType().ShouldBe(typeof(WitTrapException));
        error.Message.ShouldContain("dropping a resource");

        doomed.IsDisposed.ShouldBeTrue();
        rules.Store.IsPoisoned.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_destructor_that_never_ends_is_stopped_by_the_call_timeout(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend, new WasmEngineOptions { EpochInterruption = true });
        var endless = rules.Make(7);
        rules.Store.CallTimeout = TimeSpan.FromMilliseconds(50);

        Should.Throw<WitTimeoutException>(endless.Dispose);

        rules.Store.IsPoisoned.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_destructor_that_never_ends_is_stopped_when_fuel_runs_out(ComponentBackend backend)
    {
        using var rules = new ResourceRules(backend, new WasmEngineOptions { ConsumeFuel = true });
        rules.Store.Fuel = 1_000_000;
        var endless = rules.Make(7);

        Should.Throw<WitFuelExhaustedException>(endless.Dispose);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Host_objects_given_to_a_guest_are_released_once_by_its_drop_or_the_stores_end(ComponentBackend backend)
    {
        var destroyed = new List<uint>();
        var rules = new ResourceRules(backend);
        try
        {
            // The guest drops the one object it owns; the borrowed one is not the guest's to destroy.
            rules.Call("weigh", () =>
            [
                ComponentVal.List([
                    ComponentVal.Variant("one", rules.Type.Lower(new ResourceRules.HostObject(1, destroyed), owned: true, "one")),
                    ComponentVal.Variant("two", ComponentVal.Tuple([ComponentVal.U32(10), rules.Type.Lower(new ResourceRules.HostObject(2, destroyed), owned: false, "two")])),
                ]),
            ]).ShouldBe("13");
            destroyed.ShouldBe([1u]);

            // The object move-lent makes through the constructor is never dropped by the guest, which traps.
            Should.Throw<WitRuntimeException>(() => rules.Call("move-lent", resultCount: 0));
            rules.Destroyed.ShouldBeEmpty();
        }
        finally
        {
            rules.Dispose();
        }

        // The store's end released it, once.
        rules.Destroyed.ShouldBe([5u]);
        destroyed.ShouldBe([1u]);
    }

    [Theory]
    [InlineData(ComponentBackend.Direct, 1)]
    [InlineData(ComponentBackend.Wasmtime, 1)]
    [InlineData(ComponentBackend.Direct, 2)]
    [InlineData(ComponentBackend.Wasmtime, 2)]
    [InlineData(ComponentBackend.Direct, 3)]
    [InlineData(ComponentBackend.Wasmtime, 3)]
    public void Seeded_random_aggregates_holding_handles_give_the_same_results(ComponentBackend backend, int seed)
    {
        using var rules = new ResourceRules(backend);
        var random = new Random(seed);

        // Host objects inside variants and tuples of a list, own and borrow.
        var cases = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (Case: random.Next(3), Number: (uint)random.Next(100), Value: (uint)random.Next(1, 100))).ToArray();
        var expected = cases.Sum(c => c.Case switch { 0 => c.Value, 1 => c.Number + c.Value, _ => 1000u });
        rules.Call("weigh", () =>
        [
            ComponentVal.List(cases.Select(c => c.Case switch
            {
                0 => ComponentVal.Variant("one", rules.Type.Lower(new ResourceRules.HostObject(c.Value, rules.Destroyed), owned: true, "one")),
                1 => ComponentVal.Variant("two", ComponentVal.Tuple([ComponentVal.U32(c.Number), rules.Type.Lower(new ResourceRules.HostObject(c.Value, rules.Destroyed), owned: false, "two")])),
                _ => ComponentVal.Variant("none"),
            }).ToArray()),
        ]).ShouldBe(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        rules.Destroyed.Order().ShouldBe(cases.Where(c => c.Case == 0).Select(c => c.Value).Order());

        // Guest resources in options of a list, back to the guest as borrows in tuples and options.
        var n = (uint)random.Next(1, 30);
        var minted = (List<ComponentResource?>)rules.Call("mint", () => [ComponentVal.U32(n)], value =>
            value.GetListItems().ToArray().Select(item => item.IsSome ? ComponentResource.Lift(item.GetPayload(), "mint") : null).ToList())!;
        var owned = minted.OfType<ComponentResource>().ToArray();
        var pairs = Enumerable.Range(0, random.Next(1, 20)).Select(_ => (First: random.Next(owned.Length), Second: random.Next(-1, owned.Length))).ToArray();
        var sum = pairs.Sum(p => 100 + (p.First * 2) + (p.Second < 0 ? 0 : 100 + (p.Second * 2)));
        rules.Call("sum", () =>
        [
            ComponentVal.List(pairs.Select(p => ComponentVal.Tuple([
                owned[p.First].LowerBorrow("first"),
                p.Second < 0 ? ComponentVal.None() : ComponentVal.Some(owned[p.Second].LowerBorrow("second")),
            ])).ToArray()),
        ]).ShouldBe(sum.ToString(System.Globalization.CultureInfo.InvariantCulture));

        foreach (var resource in owned)
        {
            resource.Dispose();
        }

        rules.Call("dropped").ShouldBe(owned.Select((_, i) => 100 + (i * 2)).Sum().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
