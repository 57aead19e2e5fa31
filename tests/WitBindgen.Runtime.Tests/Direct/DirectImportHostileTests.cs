using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// Hostile imports on the direct backend beyond the hostile corpus (which runs on both backends, see
/// Hostile/HostileCases.cs): an import called by the realloc a result is lowered through, string and list arguments the
/// host cannot read and host results of the wrong type each trap with the import's path, leave the host function
/// unentered where the spec says so, and poison the store.
/// </summary>
public sealed class DirectImportHostileTests
{
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
