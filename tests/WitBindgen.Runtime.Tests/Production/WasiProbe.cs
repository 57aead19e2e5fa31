namespace WitBindgen.Runtime.Tests.Production;

/// <summary>An instance of tests/components/wasm/wasi-probe.wasm (a C guest, see wasi-probe.c) in a store with the given WASI grants.</summary>
internal sealed class WasiProbe : IDisposable
{
    private static readonly Lazy<(WasmEngine Engine, WasmComponent Component, ComponentLinker Linker)> Shared = new(() =>
    {
        var engine = new WasmEngine();
        var component = WasmComponent.FromFile(engine, Path.Combine(AppContext.BaseDirectory, "components", "wasi-probe.wasm"));
        var linker = new ComponentLinker(engine);
        linker.AddWasiPreview2();
        return (engine, component, linker);
    });

    public WasiProbe(WasiConfiguration? wasi)
    {
        var (engine, component, linker) = Shared.Value;
        Store = new ComponentStore(engine, wasi);
        Instance = linker.Instantiate(Store, component);
    }

    public static WasmEngine Engine => Shared.Value.Engine;

    public static WasmComponent Component => Shared.Value.Component;

    public static ComponentLinker Linker => Shared.Value.Linker;

    public ComponentStore Store { get; }

    public ComponentInstance Instance { get; }

    public void Print(string text) => Instance.GetFunction(null, "print").Call([ComponentVal.String(text)], []);

    public void ErrorPrint(string text) => Instance.GetFunction(null, "eprint").Call([ComponentVal.String(text)], []);

    public string ReadFile(string path) => CallString("read-file", path);

    public string WriteFile(string path, string contents) => CallString("write-file", path, contents);

    public string GetEnv(string name) => CallString("get-env", name);

    public string GetArgs() => CallString("get-args");

    public string ReadStdin() => CallString("read-stdin");

    public void Dispose() => Store.Dispose();

    private string CallString(string function, params string[] arguments)
    {
        var args = arguments.Select(a => ComponentVal.String(a)).ToArray();
        var results = new ComponentVal[1];
        try
        {
            Instance.GetFunction(null, function).Call(args, results);
            return results[0].GetString();
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }
}
