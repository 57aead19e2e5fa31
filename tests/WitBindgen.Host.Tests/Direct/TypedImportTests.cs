using Test.HostAdder.AdderWorld;
using Test.HostileImports.ImportsWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// Imports implemented by generated bindings through the Canonical ABI on the direct backend: a call of scalars crosses
/// without allocating (the value path allocates per call), the calls reach the implementation as on the Wasmtime
/// backend, and a guest that passes hostile arguments or return areas, or a realloc that returns garbage, or that calls
/// an import from its realloc or post-return (which <c>may_leave</c> forbids), gets a trap naming the import that
/// poisons the store.
/// </summary>
public sealed class TypedImportTests
{
    [Fact]
    public void A_generated_import_of_scalars_on_the_direct_backend_allocates_nothing()
    {
        using var component = WasmComponent.FromWat(Engines.Direct, Wat("values", "adder"));
        using var adder = Adder.Instantiate(Engines.Direct, component, new HostAdder());
        adder.CallAdd(2, 3).ShouldBe(5);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            adder.CallAdd(i, 1);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0L);
    }

    [Fact]
    public void A_1_MiB_list_argument_of_a_generated_import_arrives_whole_on_both_backends()
    {
        foreach (var engine in new[] { Engines.Wasmtime, Engines.Direct })
        {
            using var component = WasmComponent.FromWat(engine, Wat("values", "adder"));
            using var adder = Adder.Instantiate(engine, component, new HostAdder());
            adder.Pass(1 << 20).ShouldBe((ulong)(1 << 20), engine.Options.Backend.ToString());
        }
    }

    [Fact]
    public void A_generated_import_is_called_with_the_same_values_on_both_backends()
    {
        foreach (var engine in new[] { Engines.Wasmtime, Engines.Direct })
        {
            var host = new HostImports();
            using var component = WasmComponent.FromWat(engine, Wat("hostile", "imports"));
            using var imports = Imports.Instantiate(engine, component, host);
            imports.ImportCallsOk();
            string.Join(", ", host.Calls).ShouldBe("put-string(ok), get-string", engine.Options.Backend.ToString());
            imports.Store.IsPoisoned.ShouldBeFalse();
        }
    }

    [Fact]
    public void A_generated_import_stores_into_memory_the_guest_grew_before_the_call_or_in_its_realloc_on_both_backends()
    {
        foreach (var engine in new[] { Engines.Wasmtime, Engines.Direct })
        {
            var host = new HostImports();
            using var component = WasmComponent.FromWat(engine, Wat("hostile", "imports"));
            using var imports = Imports.Instantiate(engine, component, host);

            // A first call while the memory is one page, then calls once the guest grew it (the import has seen the
            // memory before), and through a realloc that grows it and hands out the new page.
            imports.ImportCallsOk();
            imports.GrownBeforeCall().ShouldBe((uint)"hello".Length, engine.Options.Backend.ToString());
            imports.GrownByRealloc().ShouldBe(0x20000u + 'h', engine.Options.Backend.ToString());
            imports.Store.IsPoisoned.ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData("ImportReturnPointerOutOfBounds", "get-string")]
    [InlineData("ImportReturnPointerMisaligned", "get-string")]
    [InlineData("ImportReallocOutOfBounds", "get-string")]
    [InlineData("ImportReallocMisaligned", "get-list")]
    [InlineData("ImportArgumentInvalidUtf8", "put-string")]
    [InlineData("ImportArgumentOutOfBounds", "put-string")]
    [InlineData("ImportArgumentInvalidUtf16", "put-string")]
    [InlineData("ImportArgumentBadDiscriminant", "put-option")]
    [InlineData("ReallocCallsImport", "put-string")]
    [InlineData("PostReturnCallsImport", "put-string")]
    public void A_hostile_call_of_a_generated_import_traps_naming_it_and_poisons_the_store(string method, string import)
    {
        using var component = WasmComponent.FromWat(Engines.Direct, Wat("hostile", "imports"));
        var host = new HostImports();
        using var imports = Imports.Instantiate(Engines.Direct, component, host);
        Action call = method switch
        {
            "ImportReturnPointerOutOfBounds" => imports.ImportReturnPointerOutOfBounds,
            "ImportReturnPointerMisaligned" => imports.ImportReturnPointerMisaligned,
            "ImportReallocOutOfBounds" => imports.ImportReallocOutOfBounds,
            "ImportReallocMisaligned" => imports.ImportReallocMisaligned,
            "ImportArgumentInvalidUtf8" => imports.ImportArgumentInvalidUtf8,
            "ImportArgumentInvalidUtf16" => imports.ImportArgumentInvalidUtf16,
            "ImportArgumentBadDiscriminant" => imports.ImportArgumentBadDiscriminant,
            "ReallocCallsImport" => () => imports.ReallocCallsImport("x"),
            "PostReturnCallsImport" => () => imports.PostReturnCallsImport(),
            _ => imports.ImportArgumentOutOfBounds,
        };
        var refused = Should.Throw<WitTrapException>(call);
        refused.Message.ShouldContain(import);
        imports.Store.IsPoisoned.ShouldBeTrue();
        host.Calls.ShouldNotContain(c => c.StartsWith("put-", StringComparison.Ordinal));

        // The process and the engine go on: a new store runs the component.
        using var again = Imports.Instantiate(Engines.Direct, component, new HostImports());
        again.Answer().ShouldBe(42u);
    }

    private static string Wat(string folder, string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", folder, name + ".wat"));

    private sealed class HostAdder : IAdderImports
    {
        public int Add(int a, int b) => a + b;

        public ulong Take(byte[] bytes) => (ulong)bytes.Length;
    }

    private sealed class HostImports : IImportsImports
    {
        public List<string> Calls { get; } = [];

        public string GetString()
        {
            Calls.Add("get-string");
            return "hello";
        }

        public uint[] GetList()
        {
            Calls.Add("get-list");
            return [1, 2, 3];
        }

        public void PutString(string s) => Calls.Add($"put-string({s})");

        public void PutOption(uint? v) => Calls.Add($"put-option({v})");
    }
}
