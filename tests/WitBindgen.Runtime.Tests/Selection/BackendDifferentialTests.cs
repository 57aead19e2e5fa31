namespace WitBindgen.Runtime.Tests.Selection;

/// <summary>
/// The same untyped calls and host functions through the public API on both backends give the same results, the same
/// calls into the host and the same exception types (tests/components/values/values.wat and an importing component).
/// </summary>
public sealed class BackendDifferentialTests
{
    private const string Api = "test:values/api";

    [Fact]
    public void Untyped_calls_of_the_values_component_give_the_same_results_on_both_backends()
    {
        var bytes = new byte[70_000];
        new Random(11).NextBytes(bytes);
        var cases = new (string Function, Func<ComponentVal[]> Args)[]
        {
            ("sum", () => [ComponentVal.Bytes(bytes)]),
            ("sum", () => [ComponentVal.Bytes([])]),
            ("make", () => [ComponentVal.U32(3)]),
            ("make", () => [ComponentVal.U32(0)]),
            ("echo", () => [ComponentVal.String("héllo \U0001F600 wörld")]),
            ("echo", () => [ComponentVal.String("")]),
            ("wide", () => Enumerable.Range(1, 17).Select(i => ComponentVal.U32((uint)i)).ToArray()),
            ("echo", () => [ComponentVal.U32(1)]),
            ("bad-char", () => []),
            ("sum", () => [ComponentVal.Bytes([1])]),
        };

        var direct = Run(ComponentBackend.Direct, SelectionComponents.Values, _ => { }, instance => cases.Select(c => Outcome(instance.GetFunction(Api, c.Function), c.Args())).ToArray());
        var wasmtime = Run(ComponentBackend.Wasmtime, SelectionComponents.Values, _ => { }, instance => cases.Select(c => Outcome(instance.GetFunction(Api, c.Function), c.Args())).ToArray());

        direct.ShouldBe(wasmtime);
        direct.ShouldContain("\"héllo \U0001F600 wörld\"");
        direct.ShouldContain("WitInstancePoisonedException");
    }

    [Fact]
    public void Host_functions_see_the_same_calls_and_give_the_same_results_on_both_backends()
    {
        string[] Calls(ComponentBackend backend)
        {
            var seen = new List<string>();
            var outcomes = Run(
                backend,
                SelectionComponents.Imports,
                linker =>
                {
                    linker.DefineFunction("test:sel/host", "base", (args, results) =>
                    {
                        seen.Add("base " + args[0]);
                        results[0] = ComponentVal.U32(args[0].GetU32() + 100);
                    });
                    linker.DefineFunction("test:sel/host", "upper", (args, results) =>
                    {
                        seen.Add("upper " + args[0]);
                        results[0] = ComponentVal.String(args[0].GetString().ToUpperInvariant());
                    });
                },
                instance =>
                [
                    Outcome(instance.GetFunction("test:sel/api", "twice"), [ComponentVal.U32(7)]),
                    Outcome(instance.GetFunction("test:sel/api", "shout"), [ComponentVal.String("grüße \U0001F600")]),
                    Outcome(instance.GetFunction("test:sel/api", "shout"), [ComponentVal.String(new string('x', 300))]),
                ]);
            return [.. outcomes, .. seen];
        }

        var direct = Calls(ComponentBackend.Direct);

        direct.ShouldBe(Calls(ComponentBackend.Wasmtime));
        direct.ShouldContain("\"GRÜßE \U0001F600\"");
        direct.ShouldContain("base 7");
    }

    private static string[] Run(ComponentBackend backend, string wat, Action<ComponentLinker> define, Func<ComponentInstance, string[]> calls)
    {
        using var engine = BackendSelectionTests.Engine(backend);
        using var component = WasmComponent.FromWat(engine, wat);
        using var linker = new ComponentLinker(engine);
        define(linker);
        using var store = new ComponentStore(engine);
        var instance = linker.Instantiate(store, component);
        instance.Backend.ShouldBe(backend);
        return calls(instance);
    }

    /// <summary>The call's formatted result, or the type of what it threw.</summary>
    private static string Outcome(ComponentFunction function, ComponentVal[] args)
    {
        try
        {
            return BackendSelectionTests.Call(function, args);
        }
        catch (WitRuntimeException error)
        {
            // A value the Canonical ABI refuses traps on the direct backend, as the spec says, where Wasmtime reports a
            // plain runtime error (the hostile corpus pins both): both are the documented WitRuntimeException.
            return error.GetType() == typeof(WitTrapException) ? nameof(WitRuntimeException) : error.GetType().Name;
        }
        finally
        {
            ComponentVal.Free(args);
        }
    }
}
