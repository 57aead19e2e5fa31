using WitBindgen.Testing;

namespace WitBindgen.Runtime.Tests.Resources;

/// <summary>
/// A resource passed between the inner components of a composed component (tests/components/composed/handles.wat)
/// on both backends, the Wasmtime backend as the oracle: handles move between the two instances' tables in the
/// direct backend's fused adapter.
/// </summary>
public sealed class ComposedResourceTests
{
    public static TheoryData<ComponentBackend> Backends => new() { ComponentBackend.Direct, ComponentBackend.Wasmtime };

    [Theory]
    [MemberData(nameof(Backends))]
    public void Handles_move_lend_and_drop_between_the_inner_components(ComponentBackend backend)
    {
        using var composed = new Composed(backend);

        // get(r(5)) = 5, take(r(5)) drops it (dropped = 5), then the caller's drop of r(1) runs the callee's destructor.
        composed.Call("run", ComponentVal.U32(5)).ShouldBe("5050");
        composed.Call("dropped").ShouldBe("6");
        composed.Call("run", ComponentVal.U32(7)).ShouldBe("7130");
    }

    [Theory]
    [InlineData(ComponentBackend.Direct, "take-twice")]
    [InlineData(ComponentBackend.Wasmtime, "take-twice")]
    [InlineData(ComponentBackend.Direct, "keep-borrow")]
    [InlineData(ComponentBackend.Wasmtime, "keep-borrow")]
    public void A_handle_misused_across_the_components_fails_the_call_and_poisons_the_store(ComponentBackend backend, string export)
    {
        using var composed = new Composed(backend);

        var error = Should.Throw<WitRuntimeException>(() => composed.Call(export));

        error.GetType().ShouldBe(typeof(WitRuntimeException));
        composed.Store.IsPoisoned.ShouldBeTrue();
    }

    private sealed class Composed : IDisposable
    {
        private readonly WasmEngine _engine;
        private readonly WasmComponent _component;
        private readonly ComponentLinker _linker;
        private readonly ComponentInstance _instance;

        public Composed(ComponentBackend backend)
        {
            var wat = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "components", "composed", "handles.wat"));
            _engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
            _component = WasmComponent.FromWat(_engine, wat);
            _linker = new ComponentLinker(_engine);
            Store = new ComponentStore(_engine);
            _instance = _linker.Instantiate(Store, _component);
            _instance.Backend.ShouldBe(backend);
        }

        public ComponentStore Store { get; }

        public string? Call(string export, params ComponentVal[] args)
        {
            var results = new ComponentVal[export is "run" or "dropped" ? 1 : 0];
            _instance.GetFunction(null, export).Call(args, results);
            try
            {
                return results.Length == 0 ? null : results[0].ToString();
            }
            finally
            {
                ComponentVal.Free(results);
            }
        }

        public void Dispose()
        {
            Store.Dispose();
            _linker.Dispose();
            _component.Dispose();
            _engine.Dispose();
        }
    }
}
