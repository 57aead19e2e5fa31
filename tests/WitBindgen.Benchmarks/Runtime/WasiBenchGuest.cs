using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// The WASI benchmarks' guest (tests/components/wasm/wasi-bench.wasm, a C command behind the preview1 command adapter)
/// loaded on one backend, run as a command: a new store and instance per run, as a host runs a command.
/// </summary>
internal sealed class WasiBenchGuest : IDisposable
{
    private static readonly string ComponentPath = Path.Combine(AppContext.BaseDirectory, "components", "wasi-bench.wasm");

    private readonly WasmEngine _engine;
    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;

    public WasiBenchGuest(ComponentBackend backend)
    {
        _engine = new WasmEngine(new WasmEngineOptions { Backend = backend });
        _component = WasmComponent.FromFile(_engine, ComponentPath);
        _linker = new ComponentLinker(_engine);
        _linker.AddWasiPreview2();
    }

    /// <summary>
    /// The backends the guest runs on: the Wasmtime backend, and the direct backend once the runtime accepts the
    /// guest there (it refuses a WASI import it does not implement yet; the reason goes to stderr).
    /// </summary>
    public static IEnumerable<ComponentBackend> Backends()
    {
        yield return ComponentBackend.Wasmtime;
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct });
        WasmComponent? direct = null;
        try
        {
            direct = WasmComponent.FromFile(engine, ComponentPath);
        }
        catch (WitRuntimeException refused)
        {
            Console.Error.WriteLine($"note: the direct backend rows are left out: {refused.Message}");
        }

        if (direct is not null)
        {
            direct.Dispose();
            yield return ComponentBackend.Direct;
        }
    }

    /// <summary>Runs the command with <paramref name="wasi"/> (whose arguments it sets); throws unless it exits with 0.</summary>
    public void Run(WasiConfiguration wasi, params string[] args)
    {
        wasi.WithArgs(["wasi-bench.wasm", .. args]);
        using var store = new ComponentStore(_engine, wasi);
        var results = new ComponentVal[1];
        try
        {
            _linker.Instantiate(store, _component).GetFunction("wasi:cli/run@0.2.0", "run").Call([], results);
            if (!results[0].IsOk)
            {
                throw new InvalidOperationException($"wasi-bench {string.Join(' ', args)} failed.");
            }
        }
        catch (WitRuntimeException error) when (error.ExitStatus is 0)
        {
            // exit(0) ends the run without returning from it.
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

    public void Dispose()
    {
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }
}
