namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// The control cases of tests/components/hostile/control.wat and parameters.wat beyond the refusal itself: where
/// the host's import was (not) entered, what a host function sees when it re-enters, what the caller sees when a host
/// function throws, a loop stopped by a timeout rather than fuel, and a realloc that grows memory honoured.
/// </summary>
public sealed class HostileControlTests(HostileComponents components) : IClassFixture<HostileComponents>
{
    public static TheoryData<HostileBackend> Backends => HostileCases.Backends;

    public static TheoryData<HostileBackend, string> MayNotLeave
    {
        get
        {
            var data = new TheoryData<HostileBackend, string>();
            foreach (var backend in Enum.GetValues<HostileBackend>())
            {
                data.Add(backend, "post-return-calls-import");
                data.Add(backend, "realloc-calls-import");
            }

            return data;
        }
    }

    public static TheoryData<HostileBackend, string> UnreadableArguments
    {
        get
        {
            var data = new TheoryData<HostileBackend, string>();
            foreach (var backend in Enum.GetValues<HostileBackend>())
            {
                data.Add(backend, "import-argument-invalid-utf8");
                data.Add(backend, "import-argument-out-of-bounds");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MayNotLeave))]
    public void An_import_called_from_post_return_or_realloc_traps_before_the_host_function_runs(HostileBackend backend, string function)
    {
        var calls = 0;
        using var linker = components.NewLinker(backend, () => (uint)++calls);
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, "control", linker, store);

        var failure = Should.Throw<WitTrapException>(() => HostileGuestTests.Call(instance, function));

        failure.Message.ShouldContain(HostileCases.Problem(backend, function, "cannot leave"));
        failure.FunctionName.ShouldBe(HostileCases.FailingFunction(backend, function));
        calls.ShouldBe(0);
        store.IsPoisoned.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_host_function_calling_back_into_its_instance_gets_a_reentrance_exception_and_the_caller_gets_it(HostileBackend backend)
    {
        HostileInstance? instance = null;
        Exception? seen = null;
        using var linker = components.NewLinker(backend, () =>
        {
            seen = Record.Exception(() => HostileGuestTests.Call(instance!, "answer"));
            throw seen!;
        });
        using var store = components.NewStore(backend);
        instance = components.Instantiate(backend, "control", linker, store);

        var failure = Should.Throw<WitRuntimeException>(() => HostileGuestTests.Call(instance, "reenter"));

        var refused = seen.ShouldBeOfType<WitReentranceException>();
        refused.FunctionName.ShouldBe("answer");
        HostileCases.Cause(backend, failure).ShouldBeSameAs(refused);
        store.PoisonedBy.ShouldBeSameAs(refused);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_exception_from_a_host_function_reaches_the_caller_and_poisons_the_store(HostileBackend backend)
    {
        var thrown = new InvalidOperationException("the host gave up");
        using var linker = components.NewLinker(backend, putString: _ => throw thrown);
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, "imports", linker, store);

        var failure = Should.Throw<Exception>(() => HostileGuestTests.Call(instance, "import-calls-ok"));

        HostileCases.Cause(backend, failure).ShouldBeSameAs(thrown);
        store.PoisonedBy.ShouldBeSameAs(failure);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_guest_that_loops_is_stopped_by_a_call_timeout_when_fuel_would_not_stop_it_first(HostileBackend backend)
    {
        using var linker = components.NewLinker(backend);
        using var store = components.NewStore(backend);
        store.Fuel = long.MaxValue;
        store.CallTimeout = TimeSpan.FromMilliseconds(50);
        var instance = components.Instantiate(backend, "control", linker, store);

        var failure = Should.Throw<WitTimeoutException>(() => HostileGuestTests.Call(instance, "spin"));

        failure.FunctionName.ShouldBe("spin");
        failure.Message.ShouldContain("'spin'");
        store.IsPoisoned.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_realloc_that_grows_memory_hands_out_a_pointer_the_argument_is_written_to(HostileBackend backend)
    {
        using var linker = components.NewLinker(backend);
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, "parameters", linker, store);

        // The export returns the first byte at the pointer realloc returned: 'h' of "hello", in a new page each time.
        HostileGuestTests.Call(instance, "realloc-grows").GetU32().ShouldBe((uint)'h');
        HostileGuestTests.Call(instance, "realloc-grows").GetU32().ShouldBe((uint)'h');

        store.IsPoisoned.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(UnreadableArguments))]
    public void An_import_argument_the_host_cannot_read_is_refused_before_the_host_function_runs(HostileBackend backend, string function)
    {
        var received = new List<string>();
        using var linker = components.NewLinker(backend, putString: received.Add);
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, "imports", linker, store);

        HostileGuestTests.Call(instance, "import-calls-ok");
        received.ShouldBe(["ok"]);

        Should.Throw<WitRuntimeException>(() => HostileGuestTests.Call(instance, function));

        received.ShouldBe(["ok"]);
        store.IsPoisoned.ShouldBeTrue();
    }
}
