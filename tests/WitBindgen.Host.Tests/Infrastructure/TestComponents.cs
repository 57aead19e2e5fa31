using System.Collections.Concurrent;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Infrastructure;

/// <summary>
/// Loads components for tests with one shared engine, on the backend that engine selects (<c>WITBINDGEN_BACKEND</c>,
/// <see cref="ComponentBackend.Auto"/> without it). Compiled forms go to the engine's own cache in the temp directory,
/// so the Wasmtime form and the direct backend's core modules are each compiled once per machine, not per run.
/// </summary>
internal static class TestComponents
{
    private static readonly ConcurrentDictionary<string, Lazy<WasmComponent>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The engine every test component is compiled with.</summary>
    public static WasmEngine Engine { get; } = new(new WasmEngineOptions
    {
        CacheDirectory = Path.Combine(Path.GetTempPath(), "witbindgen-host-tests-" + Environment.UserName),
    });

    /// <summary>A prebuilt conformance component, e.g. <c>numbers</c> for <c>numbers.component.wasm</c>.</summary>
    public static WasmComponent Conformance(string name) =>
        Load(Path.Combine(TestPaths.ConformanceDir("components") ?? throw new InvalidOperationException(TestPaths.MissingConformance), "wasm", name + ".component.wasm"));

    /// <summary>A component of this repository's tests/components, e.g. <c>all-types</c>.</summary>
    public static WasmComponent Own(string name) => Load(Path.Combine(AppContext.BaseDirectory, "components", name + ".wasm"));

    private static WasmComponent Load(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<WasmComponent>(() => WasmComponent.FromFile(Engine, p))).Value;
}
