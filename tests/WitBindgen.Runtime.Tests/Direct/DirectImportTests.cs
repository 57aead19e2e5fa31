using System.Text;
using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// Host imports defined at the value level on the direct backend: a component's exports pass strings, lists, records,
/// variants, options, results and over 16 flat parameters to the host, which returns values lowered flat or through
/// the return pointer and realloc, in UTF-8, UTF-16 and latin1+UTF-16; the Wasmtime backend running the same host code is the oracle.
/// </summary>
public sealed class DirectImportTests
{
    public static TheoryData<string> Encodings => new() { "utf8", "utf16", "latin1+utf16" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Imports_receive_and_return_what_they_do_on_the_wasmtime_backend(string encoding)
    {
        var wat = DirectImportComponents.Forwarding(encoding);
        using var engine = CoreModules.Engine();
        var directCalls = new List<string>();
        var hosts = new DirectHostFunctions();
        foreach (var name in DirectImportComponents.Functions)
        {
            hosts.Define(null, name, Host(name, directCalls));
        }

        using var store = new ComponentStore(engine);
        var instance = DirectInstanceTests.Instantiate(engine, wat, hosts, store);

        var wasmtimeCalls = new List<string>();
        using var component = WasmComponent.FromWat(engine, wat);
        using var linker = new ComponentLinker(engine);
        foreach (var name in DirectImportComponents.Functions)
        {
            linker.DefineFunction(null, name, Host(name, wasmtimeCalls));
        }

        using var wasmtimeStore = new ComponentStore(engine);
        var oracle = linker.Instantiate(wasmtimeStore, component);

        var compared = 0;
        foreach (var (name, arguments) in Calls())
        {
            var args = arguments();
            var expected = new ComponentVal[1];
            ComponentVal? actual = null;
            try
            {
                oracle.GetFunction(null, "run-" + name).Call(args, expected);
                ComponentVal.Free(args);
                args = arguments();
                actual = DirectValueCalls.Call(instance.GetExport(null, "run-" + name), args);
                actual.ShouldNotBeNull(name).ToString().ShouldBe(expected[0].ToString(), name);
                compared++;
            }
            finally
            {
                ComponentVal.Free(args);
                ComponentVal.Free(expected);
                actual?.Dispose();
            }
        }

        compared.ShouldBe(Calls().Count());
        directCalls.ShouldBe(wasmtimeCalls);
        directCalls.Count.ShouldBe(compared);
        store.IsPoisoned.ShouldBeFalse();
    }

    [Fact]
    public void Lowerings_naming_one_memory_and_realloc_share_the_memory_and_each_names_its_realloc_calls_after_itself()
    {
        using var engine = CoreModules.Engine();
        var contexts = new List<DirectCallContext>();
        var hosts = new DirectHostFunctions();
        foreach (var name in DirectImportComponents.Functions)
        {
            // Returns nothing: the zeroed return area lifts as empty values.
            hosts.Define(name, (context, _) => contexts.Add(context));
        }

        using var store = new ComponentStore(engine);
        var instance = DirectInstanceTests.Instantiate(engine, DirectImportComponents.Forwarding("utf8"), hosts, store);

        using var text = ComponentVal.String("a");
        using var list = ComponentVal.List([]);
        DirectValueCalls.Call(instance.GetExport(null, "run-echo-string"), text)?.Dispose();
        DirectValueCalls.Call(instance.GetExport(null, "run-reverse"), list)?.Dispose();

        contexts.Select(c => c.FunctionPath).ShouldBe(["echo-string", "reverse"]);
        contexts[1].Options.Memory.ShouldNotBeNull().ShouldBeSameAs(contexts[0].Options.Memory);
        contexts[0].Options.Realloc.ShouldNotBeNull().Name.ShouldBe("echo-string");
        contexts[1].Options.Realloc.ShouldNotBeNull().Name.ShouldBe("reverse");
        contexts[1].Options.Realloc!.Item.ShouldBe(contexts[0].Options.Realloc!.Item);
    }

    [Fact]
    public void A_host_function_declaring_another_type_than_the_component_lowers_is_refused_when_linking()
    {
        using var engine = CoreModules.Engine();
        var component = DirectComponent.FromWat(engine, DirectImportComponents.Forwarding("utf8"));
        var countType = component.Plan.Lowerings.First(l => DirectInstancePre.ImportPath(l) == "count").Type;
        var hosts = new DirectHostFunctions();
        foreach (var name in DirectImportComponents.Functions)
        {
            hosts.Define(null, name, (_, _) => { }, name == "reverse" ? countType : null);
        }

        var error = Should.Throw<WitRuntimeException>(() => new DirectInstancePre(component, hosts).Dispose());

        error.Message.ShouldContain("'reverse'");
        error.Message.ShouldContain("parameter 'l' has another type");
    }

    [Fact]
    public void Host_functions_declaring_the_types_of_another_load_of_the_component_link_and_run()
    {
        using var engine = CoreModules.Engine();
        var declaring = DirectComponent.FromWat(engine, DirectImportComponents.Forwarding("utf8"));
        var component = DirectComponent.FromWat(engine, DirectImportComponents.Forwarding("utf8"));
        var hosts = new DirectHostFunctions();
        var calls = new List<string>();
        foreach (var lowering in declaring.Plan.Lowerings)
        {
            var name = DirectInstancePre.ImportPath(lowering);
            hosts.Define(null, name, Host(name, calls), lowering.Type.ShouldNotBeNull());
            component.Plan.Lowerings.Any(l => ReferenceEquals(l.Type, lowering.Type)).ShouldBeFalse();
        }

        using var pre = new DirectInstancePre(component, hosts);
        using var store = new ComponentStore(engine);
        using var point = DirectValueCalls.Call(pre.Instantiate(store).GetExport(null, "run-point"), Point(1, 2, "p")) ?? default;

        point.ToString().ShouldContain("\"p\"");
        calls.ShouldHaveSingleItem().ShouldStartWith("point(");
    }

    private static IEnumerable<(string Name, Func<ComponentVal[]> Arguments)> Calls()
    {
        foreach (var text in new[] { "", "hello", "héllo wörld 𝄞", new string('x', 300) + "é" })
        {
            yield return ("echo-string", () => [ComponentVal.String(text)]);
            yield return ("count", () => [ComponentVal.List([ComponentVal.String(text), ComponentVal.String("ab"), ComponentVal.String("")])]);
            yield return ("point", () => [Point(-3, 2.5, text)]);
            yield return ("shape", () => [ComponentVal.Variant("label", ComponentVal.String(text))]);
            yield return ("maybe", () => [ComponentVal.Some(ComponentVal.String(text)), ComponentVal.Err(ComponentVal.String(text + "!"))]);
        }

        yield return ("reverse", () => [ComponentVal.List([])]);
        yield return ("reverse", () => [ComponentVal.List([ComponentVal.U32(1), ComponentVal.U32(2), ComponentVal.U32(0xFFFF_FFFF)])]);
        yield return ("count", () => [ComponentVal.List([])]);
        yield return ("shape", () => [ComponentVal.Variant("circle", ComponentVal.F32(1.5f))]);
        yield return ("shape", () => [ComponentVal.Variant("square", ComponentVal.U64(ulong.MaxValue))]);
        yield return ("shape", () => [ComponentVal.Variant("none")]);
        yield return ("maybe", () => [ComponentVal.None(), ComponentVal.Ok(ComponentVal.U32(7))]);
        yield return ("many", () =>
        [
            ComponentVal.S8(-8), ComponentVal.U8(200), ComponentVal.S16(-1600), ComponentVal.U16(60000), ComponentVal.S32(int.MinValue),
            ComponentVal.U32(uint.MaxValue), ComponentVal.S64(long.MinValue), ComponentVal.U64(ulong.MaxValue), ComponentVal.F32(-0.25f),
            ComponentVal.F64(Math.PI), ComponentVal.Char(new Rune(0x1D11E)), ComponentVal.Bool(true), ComponentVal.String("many ü"),
            ComponentVal.Bytes([1, 2, 255]), ComponentVal.Some(ComponentVal.U32(9)),
        ]);
    }

    // The same host code on both backends: record the call, then answer from the arguments.
    private static ComponentHostFunction Host(string name, List<string> calls) => (args, results) =>
    {
        calls.Add(name + "(" + string.Join(", ", args.ToArray().Select(a => a.ToString())) + ")");
        results[0] = name switch
        {
            "echo-string" => ComponentVal.String(args[0].GetString() + " → é𝄞"),
            "reverse" => ComponentVal.List(args[0].GetList().ToArray().Reverse().Select(v => v.Clone()).ToArray()),
            "count" => ComponentVal.U32((uint)args[0].GetList().Length),
            "maybe" => ComponentVal.Tuple([args[0].Clone(), args[1].Clone()]),
            "many" => ComponentVal.String(string.Join(";", args.ToArray().Select(a => a.ToString()))),
            _ => args[0].Clone(),
        };
    };

    private static ComponentVal Point(int x, double y, string name)
    {
        var point = ComponentVal.NewRecord(3);
        point.SetRecordField(0, "x", ComponentVal.S32(x));
        point.SetRecordField(1, "y", ComponentVal.F64(y));
        point.SetRecordField(2, "name", ComponentVal.String(name));
        return point;
    }
}
