using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Canonical;
using WitBindgen.Runtime.Tests.Direct;

namespace WitBindgen.Runtime.Tests.Canonical;

/// <summary>
/// The Canonical ABI surface generated bindings call (tests/components/values/values.wat on the direct backend), driven
/// as the generated code drives it: lists and strings through realloc, parameters spilled to a tuple, results through the
/// return area, post-return once after lifting, a result the spec refuses trapping without post-return, the type check,
/// and no allocation for a call of scalars.
/// </summary>
public sealed class CanonicalExportTests : IDisposable
{
    private const string Api = "test:values/api";
    private const string Sum = "(bytes: list<u8>) -> u64";
    private const string Make = "(n: u32) -> list<u8>";
    private const string Echo = "(s: string) -> string";
    private const string BadChar = "() -> char";

    private static readonly string Wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "values", "values.wat"));
    private static readonly string Wide = "(" + string.Join(", ", Enumerable.Range(1, 17).Select(i => $"a{i}: u32")) + ") -> u32";

    private readonly WasmEngine _engine = CoreModules.Engine();
    private readonly ComponentStore _store;
    private readonly DirectInstance _instance;

    public CanonicalExportTests()
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
    public void A_byte_list_argument_is_copied_into_memory_and_the_flat_result_read_back()
    {
        var bytes = new byte[200_000];
        new Random(3).NextBytes(bytes);
        var sum = Export("sum", Sum);
        sum.Enter();
        try
        {
            var (data, length) = sum.WriteArray<byte>(bytes);
            sum.Invoke([data, length]);
            sum.Results.ToArray().ShouldBe([(ulong)bytes.Sum(b => (long)b)]);
            sum.Return();
        }
        finally
        {
            sum.Leave();
        }
    }

    [Fact]
    public void A_list_result_is_read_from_the_return_area_before_post_return_runs_once()
    {
        var make = Export("make", Make);
        var memory = _instance.GetExport(Api, "make").Options.Memory!;
        var before = BitConverter.ToInt32(memory.GetSpan(0, 4));
        byte[] result;
        make.Enter();
        try
        {
            make.Invoke([300_000]);
            var area = make.ReturnArea(8, 4);
            result = make.ReadArray<byte>(make.Read<uint>(area), make.Read<uint>(area + 4));
            BitConverter.ToInt32(memory.GetSpan(0, 4)).ShouldBe(before, "post-return runs after lifting");
            make.Return();
        }
        finally
        {
            make.Leave();
        }

        result.Length.ShouldBe(300_000);
        result.ShouldAllBe(b => b == 7);
        BitConverter.ToInt32(memory.GetSpan(0, 4)).ShouldBe(before + 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("héllo \U0001F600 wörld ∑")]
    public void A_string_goes_in_and_comes_back_through_the_guests_memory(string text)
    {
        CallEcho(text).ShouldBe(text);
    }

    [Theory]
    [InlineData("utf16", "")]
    [InlineData("utf16", "héllo \U0001F600 wörld ∑")]
    [InlineData("latin1+utf16", "plain ascii")]
    [InlineData("latin1+utf16", "héllo wörld ÿ")]
    [InlineData("latin1+utf16", "héllo \U0001F600 wörld ∑")]
    public void A_string_crosses_in_the_encoding_the_function_names(string encoding, string text)
    {
        var wat = Wat.Replace("(canon lift (core func $i \"echo\") (memory $mem) (realloc $realloc)", $"(canon lift (core func $i \"echo\") (memory $mem) (realloc $realloc) string-encoding={encoding}");
        wat.ShouldNotBe(Wat);
        using var store = new ComponentStore(_engine);
        var instance = DirectInstanceTests.Instantiate(_engine, wat, new DirectHostFunctions(), store);
        var echo = CanonicalExport.For(instance.GetExport(Api, "echo"), Echo)!;
        echo.Enter();
        try
        {
            var (data, length) = echo.WriteString(text);
            echo.Invoke([data, length]);
            var area = echo.ReturnArea(8, 4);
            echo.ReadString(echo.Read<uint>(area), echo.Read<uint>(area + 4)).ShouldBe(text);
            echo.Return();
        }
        finally
        {
            echo.Leave();
        }
    }

    [Fact]
    public void A_string_that_grows_memory_in_realloc_is_written_to_the_grown_memory()
    {
        var text = new string('x', 3 << 20) + "é";
        CallEcho(text).ShouldBe(text);
        _instance.GetExport(Api, "echo").Options.Memory!.ByteLength.ShouldBeGreaterThan(3UL << 20);
    }

    [Fact]
    public void Seventeen_parameters_pass_as_a_tuple_allocated_through_realloc()
    {
        Call(Export("wide", Wide)).ShouldBe((ulong)Enumerable.Range(1, 17).Sum(i => i * 1000));
    }

    [Fact]
    public void A_call_of_scalars_allocates_nothing()
    {
        var wide = Export("wide", Wide);
        Call(wide);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Call(wide);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0L);
    }

    [Fact]
    public void A_result_the_spec_refuses_traps_naming_the_function_skips_post_return_and_poisons_the_store()
    {
        var bad = Export("bad-char", BadChar);
        var options = _instance.GetExport(Api, "bad-char").Options;
        var memory = _instance.GetExport(Api, "make").Options.Memory!;
        var postReturns = BitConverter.ToInt32(memory.GetSpan(0, 4));
        bad.Enter();
        try
        {
            bad.Invoke([]);
            var error = Should.Throw<WitTrapException>(() =>
            {
                try
                {
                    bad.ToChar((uint)bad.Results[0]);
                }
                catch (Exception e)
                {
                    throw bad.LiftFailed(e);
                }
            });
            error.Message.ShouldBe("'test:values/api#bad-char': the result is a char 0xD800, which is not a Unicode scalar value.");
            error.FunctionName.ShouldBe("test:values/api#bad-char");
        }
        finally
        {
            bad.Leave();
        }

        options.PostReturn.ShouldNotBeNull();
        BitConverter.ToInt32(memory.GetSpan(0, 4)).ShouldBe(postReturns, "post-return is skipped");
        _store.IsPoisoned.ShouldBeTrue();
        Should.Throw<WitInstancePoisonedException>(() => CallEcho("again"));
    }

    [Fact]
    public void A_null_or_unpaired_surrogate_argument_is_refused_without_poisoning_the_store()
    {
        var echo = Export("echo", Echo);
        foreach (var bad in new[] { null!, "a\uD800b", "\uDC00" })
        {
            echo.Enter();
            try
            {
                Should.Throw<ArgumentException>(() =>
                {
                    try
                    {
                        echo.WriteString(bad);
                    }
                    catch (Exception e)
                    {
                        throw echo.LowerFailed(e);
                    }
                }).Message.ShouldContain("'test:values/api#echo'");
            }
            finally
            {
                echo.Leave();
            }
        }

        _store.IsPoisoned.ShouldBeFalse();
        CallEcho("still fine").ShouldBe("still fine");
    }

    [Fact]
    public void Another_signature_or_the_wasmtime_backend_gives_no_canonical_view()
    {
        var export = _instance.GetExport(Api, "sum");
        CanonicalExport.For(export, "(bytes: list<u16>) -> u64").ShouldBeNull();
        CanonicalExport.For(export, "(data: list<u8>) -> u64").ShouldBeNull();
        CanonicalExport.For(export, Sum).ShouldNotBeNull();
        CanonicalExport.For(export, Sum).ShouldBeSameAs(CanonicalExport.For(export, Sum));

        using var component = WasmComponent.FromWat(_engine, Wat);
        using var linker = new ComponentLinker(_engine);
        using var store = new ComponentStore(_engine);
        CanonicalExport.For(linker.Instantiate(store, component).GetFunction(Api, "sum"), Sum).ShouldBeNull();
    }

    [Fact]
    public void Entering_an_instance_that_is_already_running_traps_and_poisons_the_store()
    {
        var echo = Export("echo", Echo);
        echo.Enter();
        try
        {
            Should.Throw<WitReentranceException>(() => Export("sum", Sum).Enter());
        }
        finally
        {
            echo.Leave();
        }

        _store.IsPoisoned.ShouldBeTrue();
    }

    private CanonicalExport Export(string name, string signature) =>
        CanonicalExport.For(_instance.GetExport(Api, name), signature) ?? throw new InvalidOperationException($"no canonical view of {name}");

    private static ulong Call(CanonicalExport wide)
    {
        wide.Enter();
        try
        {
            var tuple = wide.Allocate(68, 4);
            for (var i = 0u; i < 17; i++)
            {
                wide.Write(tuple + (4 * i), (i + 1) * 1000);
            }

            wide.Invoke([tuple]);
            var result = wide.Results[0];
            wide.Return();
            return result;
        }
        finally
        {
            wide.Leave();
        }
    }

    private string CallEcho(string text)
    {
        var echo = Export("echo", Echo);
        echo.Enter();
        try
        {
            var (data, length) = echo.WriteString(text);
            echo.Invoke([data, length]);
            var area = echo.ReturnArea(8, 4);
            var result = echo.ReadString(echo.Read<uint>(area), echo.Read<uint>(area + 4));
            echo.Return();
            return result;
        }
        finally
        {
            echo.Leave();
        }
    }
}
