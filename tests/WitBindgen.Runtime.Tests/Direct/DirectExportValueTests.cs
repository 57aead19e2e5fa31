using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// Direct exports called with component values (tests/components/values/values.wat): lists and strings through the
/// guest's memory and realloc, parameters spilled to memory, post-return once per call, and a result that breaks the
/// Canonical ABI refused as a trap that skips post-return and poisons the store.
/// </summary>
public sealed class DirectExportValueTests : IDisposable
{
    private const string Api = "test:values/api";

    private static readonly string Wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "values", "values.wat"));

    private readonly WasmEngine _engine = CoreModules.Engine();
    private readonly ComponentStore _store;
    private readonly DirectInstance _instance;

    public DirectExportValueTests()
    {
        _store = new ComponentStore(_engine);
        _instance = DirectInstanceTests.Instantiate(_engine, Wat, new DirectHostFunctions(), _store);
    }

    public void Dispose()
    {
        _store.Dispose();
        _engine.Dispose();
    }

    [Fact]
    public void Lists_strings_and_spilled_parameters_give_what_the_wasmtime_backend_gives()
    {
        using var component = WasmComponent.FromWat(_engine, Wat);
        using var linker = new ComponentLinker(_engine);
        using var store = new ComponentStore(_engine);
        var oracle = linker.Instantiate(store, component);
        var bytes = new byte[70_000];
        new Random(5).NextBytes(bytes);
        var cases = new (string Function, ComponentVal[] Args)[]
        {
            ("sum", [ComponentVal.Bytes(bytes)]),
            ("sum", [ComponentVal.Bytes([])]),
            ("make", [ComponentVal.U32(100_000)]),
            ("make", [ComponentVal.U32(0)]),
            ("echo", [ComponentVal.String("héllo \U0001F600 wörld")]),
            ("echo", [ComponentVal.String("")]),
            ("wide", Enumerable.Range(1, 17).Select(i => ComponentVal.U32((uint)(i * 1000))).ToArray()),
        };

        foreach (var (function, args) in cases)
        {
            try
            {
                Format(results => _instance.GetExport(Api, function).Call(args, results))
                    .ShouldBe(Format(results => oracle.GetFunction(Api, function).Call(args, results)), function);
            }
            finally
            {
                ComponentVal.Free(args);
            }
        }

        _store.IsPoisoned.ShouldBeFalse();
    }

    [Fact]
    public void A_string_that_makes_realloc_grow_memory_is_written_to_the_grown_memory_and_comes_back_whole()
    {
        var text = string.Create(3 << 20, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('a' + (i % 26));
            }
        });
        var memory = _instance.GetExport(Api, "echo").Options.Memory!;
        memory.ByteLength.ShouldBe(65536UL);
        ComponentVal[] args = [ComponentVal.String(text)];
        var results = new ComponentVal[1];

        _instance.GetExport(Api, "echo").Call(args, results);

        try
        {
            results[0].GetString().ShouldBe(text);
            memory.ByteLength.ShouldBeGreaterThan((ulong)text.Length);
            PostReturnCount().ShouldBe(1);
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }

    [Fact]
    public void A_result_list_of_eight_mebibytes_comes_back_whole_and_post_return_runs_once()
    {
        var results = new ComponentVal[1];

        _instance.GetExport(Api, "make").Call([ComponentVal.U32(8 << 20)], results);

        try
        {
            var bytes = results[0].GetBytes();
            bytes.Length.ShouldBe(8 << 20);
            bytes.ToArray().ShouldAllBe(b => b == 7);
        }
        finally
        {
            ComponentVal.Free(results);
        }

        PostReturnCount().ShouldBe(1);
    }

    [Fact]
    public void A_result_that_breaks_the_canonical_abi_traps_naming_the_export_skips_post_return_and_poisons_the_store()
    {
        var failure = Should.Throw<WitTrapException>(() => _instance.GetExport(Api, "bad-char").Call([], new ComponentVal[1]));

        failure.FunctionName.ShouldBe(Api + "#bad-char");
        failure.Message.ShouldBe($"'{Api}#bad-char': the result is char 0xD800, which is a surrogate and not a Unicode scalar value.");
        PostReturnCount().ShouldBe(0);
        _store.IsPoisoned.ShouldBeTrue();
        Should.Throw<WitInstancePoisonedException>(() => _instance.GetExport(Api, "make").Call([ComponentVal.U32(1)], new ComponentVal[1]));
    }

    [Fact]
    public void A_wrong_number_of_arguments_or_result_slots_is_refused_before_the_call_and_the_store_stays_usable()
    {
        var make = _instance.GetExport(Api, "make");

        Should.Throw<ArgumentException>(() => make.Call([], new ComponentVal[1])).Message.ShouldContain($"'{Api}#make' takes 1 argument(s), but 0 were given");
        Should.Throw<ArgumentException>(() => make.Call([ComponentVal.U32(1)], [])).Message.ShouldContain($"'{Api}#make' returns 1 result(s), but 0 slot(s)");

        _store.IsPoisoned.ShouldBeFalse();
        PostReturnCount().ShouldBe(0);
    }

    private static string Format(Action<ComponentVal[]> call)
    {
        var results = new ComponentVal[1];
        call(results);
        try
        {
            return ComponentValFormatter.Format(results[0]) + (results[0].Kind is ComponentValKind.List ? $" ({results[0].GetBytes().Length} bytes)" : "");
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

    private int PostReturnCount() => BitConverter.ToInt32(_instance.GetExport(Api, "make").Options.Memory!.GetSpan(0, 4));
}
