using System.Collections.Concurrent;

namespace WitBindgen.Runtime.Tests.Wasi.Comparison;

/// <summary>
/// The components compared on both backends (the conformance material's, the JavaScript all-types component, the
/// wasi-probe and wasi-bench components and the PluginHost example's plugin), one engine per backend for all of them, each component loaded once per engine.
/// </summary>
internal static class ComparedComponents
{
    private static readonly ConcurrentDictionary<string, Lazy<WasmComponent>> WasmtimeLoaded = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<WasmComponent>> DirectLoaded = new(StringComparer.Ordinal);

    /// <summary>The Wasmtime backend's engine.</summary>
    public static WasmEngine Wasmtime { get; } = new(new WasmEngineOptions { Backend = ComponentBackend.Wasmtime, EpochInterruption = true });

    /// <summary>The direct backend's engine (explicitly direct: a component it cannot run is refused, never run on Wasmtime).</summary>
    public static WasmEngine Direct { get; } = new(new WasmEngineOptions { Backend = ComponentBackend.Direct, EpochInterruption = true });

    /// <summary>Every compared component by name (the conformance ones only when the material is present).</summary>
    public static IEnumerable<string> All => Paths().Keys.Order(StringComparer.Ordinal);

    /// <summary><see cref="All"/> as theory data.</summary>
    public static TheoryData<string> Names => new(All);

    /// <summary>The file of the component <paramref name="name"/>.</summary>
    public static string PathOf(string name) => Paths()[name];

    /// <summary>The component loaded on the Wasmtime backend.</summary>
    public static WasmComponent OnWasmtime(string name) => Load(WasmtimeLoaded, Wasmtime, name);

    /// <summary>The component loaded on the direct backend; throws <see cref="WitRuntimeException"/> when it refuses it.</summary>
    public static WasmComponent OnDirect(string name) => Load(DirectLoaded, Direct, name);

    /// <summary>Why the direct backend refuses the component, or null when it accepts it.</summary>
    public static string? DirectRefusal(string name)
    {
        try
        {
            OnDirect(name);
            return null;
        }
        catch (WitRuntimeException error)
        {
            return error.Message;
        }
    }

    private static WasmComponent Load(ConcurrentDictionary<string, Lazy<WasmComponent>> loaded, WasmEngine engine, string name) =>
        loaded.GetOrAdd(name, _ => new Lazy<WasmComponent>(() => WasmComponent.FromFile(engine, PathOf(name)))).Value;

    private static Dictionary<string, string> Paths()
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["all-types"] = Path.Combine(TestPaths.RepoRoot, "tests", "components", "wasm", "all-types.wasm"),
            ["plugin"] = Path.Combine(TestPaths.RepoRoot, "examples", "PluginHost", "plugin.wasm"),
            ["wasi-probe"] = Path.Combine(TestPaths.RepoRoot, "tests", "components", "wasm", "wasi-probe.wasm"),
            ["wasi-bench"] = Path.Combine(TestPaths.RepoRoot, "tests", "components", "wasm", "wasi-bench.wasm"),
        };
        if (TestPaths.ConformanceDir("components") is { } conformance)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(conformance, "wasm"), "*.component.wasm"))
            {
                paths.Add(Path.GetFileName(file).Replace(".component.wasm", "", StringComparison.Ordinal), file);
            }
        }

        return paths;
    }
}
