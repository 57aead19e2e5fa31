using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// The Workloads example's component (examples/Workloads/workloads.wasm), a C reactor componentized without the WASI
/// adapter: it imports nothing, so the direct backend loads it, and an image goes in and comes back out as one list
/// each way (the component keeps a list covering the whole image as the image) with the results the Wasmtime backend
/// gives.
/// </summary>
public sealed class DirectWorkloadsTests : IDisposable
{
    private static readonly byte[] Component = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "examples", "Workloads", "workloads.wasm"));

    private readonly WasmEngine _engine = CoreModules.Engine();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void The_component_imports_nothing_and_the_direct_backend_loads_it()
    {
        var component = DirectComponent.Load(_engine, Component, "workloads.wasm");

        component.Plan.Imports.ShouldBeEmpty();
        component.ImportedFunctions.ShouldBeEmpty();
        component.Plan.Exports.Count.ShouldBe(8);
    }

    [Fact]
    public void Auto_runs_it_on_the_direct_backend()
    {
        using var engine = new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false, Backend = ComponentBackend.Auto });
        using var component = WasmComponent.FromBytes(engine, Component);
        using var linker = new ComponentLinker(engine);
        using var store = new ComponentStore(engine);

        var instance = linker.Instantiate(store, component);

        instance.Backend.ShouldBe(ComponentBackend.Direct);
        instance.BackendFallbackReason.ShouldBeNull();
    }

    [Fact]
    public void An_image_sent_and_read_back_as_one_list_each_way_gives_what_the_wasmtime_backend_gives()
    {
        var image = new byte[256 * 128 * 4];
        new Random(16).NextBytes(image);
        var calls = new (string Function, Func<ComponentVal[]> Args)[]
        {
            ("fib", () => [ComponentVal.U32(20)]),
            ("begin-image", () => [ComponentVal.U32(256), ComponentVal.U32(128)]),
            ("write-image", () => [ComponentVal.U32(0), ComponentVal.Bytes(image)]),
            ("resample-image", () => [ComponentVal.U32(128), ComponentVal.U32(64)]),
            ("read-resampled", () => [ComponentVal.U32(0), ComponentVal.U32(128 * 64 * 4)]),
            ("summarize-orders", () => [ComponentVal.String("{\"orders\":[{\"id\":1,}]}")]),
            ("begin-image", () => [ComponentVal.U32(256), ComponentVal.U32(128)]),
            ("write-image", () => [ComponentVal.U32(0), ComponentVal.Bytes(image.AsSpan(0, image.Length / 2))]),
            ("write-image", () => [ComponentVal.U32((uint)image.Length / 2), ComponentVal.Bytes(image.AsSpan(image.Length / 2))]),
            ("resample-image", () => [ComponentVal.U32(128), ComponentVal.U32(64)]),
        };

        using var directStore = new ComponentStore(_engine);
        using var pre = new DirectInstancePre(DirectComponent.Load(_engine, Component, "workloads.wasm"), new DirectHostFunctions());
        var direct = pre.Instantiate(directStore);
        using var wasmtimeComponent = WasmComponent.FromBytes(_engine, Component);
        using var linker = new ComponentLinker(_engine);
        using var wasmtimeStore = new ComponentStore(_engine);
        var wasmtime = linker.Instantiate(wasmtimeStore, wasmtimeComponent);
        wasmtime.Backend.ShouldBe(ComponentBackend.Wasmtime);

        var directResults = calls.Select(c => Format(c.Args, (args, results) => direct.GetExport(null, c.Function).Call(args, results))).ToArray();
        var wasmtimeResults = calls.Select(c => Format(c.Args, (args, results) => wasmtime.GetFunction(null, c.Function).Call(args, results))).ToArray();

        directResults.ShouldBe(wasmtimeResults);
        directResults[0].ShouldBe("6765");
        directResults[4].ShouldEndWith($"({128 * 64 * 4} bytes)");
        directResults[5].ShouldContain("invalid JSON at byte 19: expected a member name");
        directResults[9].ShouldBe(directResults[3], "the image written in two pieces resamples as the one kept whole");
    }

    private static string Format(Func<ComponentVal[]> arguments, Action<ComponentVal[], ComponentVal[]> call)
    {
        var args = arguments();
        var results = new ComponentVal[1];
        try
        {
            call(args, results);
            return ComponentValFormatter.Format(results[0]) + (results[0].Kind is ComponentValKind.List ? $" ({results[0].GetBytes().Length} bytes)" : "");
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }
}
