using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// The import cases of the hostile corpus (tests/components/hostile/imports.wat and control.wat) and of the forwarding
/// component on the direct backend: arguments the host cannot read, return areas and reallocs it cannot write through,
/// imports called where the component model forbids leaving and host failures each trap with the import's path, leave
/// the host function unentered where the spec says so, and poison the store.
/// </summary>
public sealed class DirectImportHostileTests
{
    public static TheoryData<string, string, string> RefusedImports => new()
    {
        { "import-return-pointer-out-of-bounds", "get-string", "out of bounds" },
        { "import-return-pointer-misaligned", "get-string", "not aligned" },
        { "import-realloc-out-of-bounds", "get-string", "realloc returned 0x10000" },
        { "import-realloc-misaligned", "get-list", "realloc returned 0x1" },
        { "import-argument-invalid-utf8", "put-string", "UTF-8" },
        { "import-argument-out-of-bounds", "put-string", "out of bounds" },
    };

    [Theory]
    [MemberData(nameof(RefusedImports))]
    public void An_import_whose_arguments_or_return_area_the_host_cannot_use_traps_naming_it_and_poisons_the_store(string function, string import, string problem)
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var received = new List<string>();
        var instance = DirectInstanceTests.Instantiate(engine, Hostile("imports"), HostileHosts(received.Add), store);

        instance.GetExport(null, "import-calls-ok").Call([]);
        received.ShouldBe(["ok"]);

        var error = Should.Throw<WitTrapException>(() => instance.GetExport(null, function).Call([]));

        error.FunctionName.ShouldBe(import);
        error.Message.ShouldStartWith(import + ": ");
        error.Message.ShouldContain(problem, Case.Insensitive);
        received.ShouldBe(["ok"]);
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Theory]
    [InlineData("post-return-calls-import")]
    [InlineData("realloc-calls-import")]
    public void An_import_called_from_post_return_or_realloc_traps_before_the_host_function_runs(string function)
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var calls = 0;
        var instance = DirectInstanceTests.Instantiate(engine, Hostile("control"), HostileHosts(callback: () => (uint)++calls), store);
        var export = instance.GetExport(null, function);

        var error = Should.Throw<WitTrapException>(() => DirectValueCalls.Call(export, function == "realloc-calls-import" ? [ComponentVal.String("hello")] : []));

        error.Message.ShouldContain("may_leave");
        error.FunctionName.ShouldBe("callback");
        calls.ShouldBe(0);
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Fact]
    public void An_import_called_by_the_realloc_the_host_lowers_a_result_through_traps_before_its_host_function_runs()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var pings = 0;
        var hosts = new DirectHostFunctions();
        hosts.Define(null, "ping", (_, _) => pings++);
        hosts.Define(null, "get-string", (_, results) => results[0] = ComponentVal.String("hi"));
        var instance = DirectInstanceTests.Instantiate(engine, DirectImportComponents.ReallocCallsImport, hosts, store);

        var error = Should.Throw<WitTrapException>(() => DirectValueCalls.Call(instance.GetExport(null, "run")));

        error.Message.ShouldContain("may_leave");
        error.FunctionName.ShouldBe("ping");
        pings.ShouldBe(0);
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Fact]
    public void A_host_function_calling_back_into_its_instance_gets_a_reentrance_exception_and_the_caller_gets_the_same_object()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        DirectInstance? instance = null;
        Exception? seen = null;
        var hosts = HostileHosts(callback: () =>
        {
            seen = Record.Exception(() => instance!.GetExport(null, "answer").Call([ValRaw.FromI32(0)]));
            throw seen!;
        });
        instance = DirectInstanceTests.Instantiate(engine, Hostile("control"), hosts, store);

        var failure = Should.Throw<WitReentranceException>(() => DirectValueCalls.Call(instance.GetExport(null, "reenter")));

        failure.ShouldBeSameAs(seen);
        failure.FunctionName.ShouldBe("answer");
        store.PoisonedBy.ShouldBeSameAs(failure);
    }

    [Theory]
    [InlineData("utf8", new byte[] { 0x68, 0xFF, 0x69, 0x00 }, "UTF-8")]
    [InlineData("utf16", new byte[] { 0x00, 0xD8, 0x41, 0x00 }, "UTF-16")]
    public void A_string_argument_in_invalid_encoding_traps_naming_the_import_before_its_host_function_runs(string encoding, byte[] bytes, string problem)
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var calls = new List<string>();
        var instance = DirectInstanceTests.Instantiate(engine, DirectImportComponents.Forwarding(encoding), ForwardingHosts(calls), store);
        var echo = instance.GetExport(null, "run-echo-string");
        bytes.CopyTo(echo.Options.Memory!.GetSpan(512, bytes.Length));

        // The export forwards its core arguments to the import as they are: a pointer to the bytes and their length in code units.
        var error = Should.Throw<WitTrapException>(() => echo.Call([ValRaw.FromI32(512), ValRaw.FromI32(encoding == "utf8" ? bytes.Length : bytes.Length / 2)]));

        error.FunctionName.ShouldBe("echo-string");
        error.Message.ShouldStartWith("echo-string: parameter 's'");
        error.Message.ShouldContain(problem);
        calls.ShouldBeEmpty();
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Theory]
    [InlineData(-4, 2, "out of bounds")]
    [InlineData(2, 1, "not aligned")]
    [InlineData(16, 0x4000_0001, "over the")]
    public void A_list_argument_outside_memory_or_misaligned_traps_naming_the_import_before_its_host_function_runs(int pointer, int length, string problem)
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var calls = new List<string>();
        var instance = DirectInstanceTests.Instantiate(engine, DirectImportComponents.Forwarding("utf8"), ForwardingHosts(calls), store);
        var reverse = instance.GetExport(null, "run-reverse");

        // A negative pointer counts back from the end of the memory.
        var address = pointer < 0 ? (int)reverse.Options.Memory!.ByteLength + pointer : pointer;
        var error = Should.Throw<WitTrapException>(() => reverse.Call([ValRaw.FromI32(address), ValRaw.FromI32(length)]));

        error.FunctionName.ShouldBe("reverse");
        error.Message.ShouldStartWith("reverse: parameter 'l'");
        error.Message.ShouldContain(problem);
        calls.ShouldBeEmpty();
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_host_result_of_another_type_or_none_traps_naming_the_import_instead_of_writing_into_the_guest(bool writesResult)
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var hosts = new DirectHostFunctions();
        hosts.Define(null, "ping", (_, _) => { });
        hosts.Define(null, "get-string", (_, results) =>
        {
            if (writesResult)
            {
                results[0] = ComponentVal.U32(7);
            }
        });
        var instance = DirectInstanceTests.Instantiate(engine, DirectImportComponents.ReallocCallsImport, hosts, store);

        var error = Should.Throw<WitTrapException>(() => DirectValueCalls.Call(instance.GetExport(null, "run")));

        error.FunctionName.ShouldBe("get-string");
        error.Message.ShouldStartWith("get-string: the result is a " + (writesResult ? "U32" : "Bool"));
        error.Message.ShouldContain("where the type is string");
        store.PoisonedBy.ShouldBeSameAs(error);
    }

    [Fact]
    public void An_exception_from_the_host_function_reaches_the_caller_unchanged_and_poisons_the_store()
    {
        using var engine = CoreModules.Engine();
        using var store = new ComponentStore(engine);
        var thrown = new InvalidOperationException("the host gave up");
        var hosts = HostileHosts(putString: _ => throw thrown);
        var instance = DirectInstanceTests.Instantiate(engine, Hostile("imports"), hosts, store);

        Should.Throw<InvalidOperationException>(() => instance.GetExport(null, "import-calls-ok").Call([])).ShouldBeSameAs(thrown);

        store.PoisonedBy.ShouldBeSameAs(thrown);
    }

    internal static string Hostile(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "hostile", name + ".wat"));

    // The imports of the hostile corpus as HostileComponents defines them for the Wasmtime backend.
    private static DirectHostFunctions HostileHosts(Action<string>? putString = null, Func<uint>? callback = null)
    {
        var hosts = new DirectHostFunctions();
        hosts.Define(null, "callback", (_, results) => results[0] = ComponentVal.U32(callback?.Invoke() ?? 1));
        hosts.Define(null, "get-string", (_, results) => results[0] = ComponentVal.String("hi"));
        hosts.Define(null, "get-list", (_, results) => results[0] = ComponentVal.List([ComponentVal.U32(1), ComponentVal.U32(2)]));
        hosts.Define(null, "put-string", (args, _) => putString?.Invoke(args[0].GetString()));
        return hosts;
    }

    private static DirectHostFunctions ForwardingHosts(List<string> calls)
    {
        var hosts = new DirectHostFunctions();
        foreach (var name in DirectImportComponents.Functions)
        {
            hosts.Define(null, name, (args, results) =>
            {
                calls.Add(name);
                results[0] = args[0].Clone();
            });
        }

        return hosts;
    }
}
