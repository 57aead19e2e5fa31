using System.Collections.Concurrent;
using System.Security.Cryptography;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Infrastructure;

/// <summary>
/// Loads components for tests with one shared engine, caching Wasmtime's compiled form in the temp directory
/// keyed by the SHA-256 of the component bytes, so each component is compiled once per machine, not per run.
/// </summary>
internal static class TestComponents
{
    private static readonly ConcurrentDictionary<string, Lazy<WasmComponent>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The engine every test component is compiled with.</summary>
    public static WasmEngine Engine { get; } = new();

    /// <summary>A prebuilt conformance component, e.g. <c>numbers</c> for <c>numbers.component.wasm</c>.</summary>
    public static WasmComponent Conformance(string name) =>
        Load(Path.Combine(TestPaths.ConformanceDir("components") ?? throw new InvalidOperationException(TestPaths.MissingConformance), "wasm", name + ".component.wasm"));

    /// <summary>A component of this repository's tests/components, e.g. <c>all-types</c>.</summary>
    public static WasmComponent Own(string name) => Load(Path.Combine(AppContext.BaseDirectory, "components", name + ".wasm"));

    private static WasmComponent Load(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<WasmComponent>(() => Compile(p))).Value;

    private static WasmComponent Compile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var key = Convert.ToHexString(SHA256.HashData(bytes));
        var cacheDir = Path.Combine(Path.GetTempPath(), "witbindgen-host-tests");
        var cached = Path.Combine(cacheDir, key + ".cwasm");
        if (File.Exists(cached))
        {
            try
            {
                return WasmComponent.Deserialize(Engine, File.ReadAllBytes(cached));
            }
            catch (WitRuntimeException)
            {
                // Compiled by another Wasmtime version or configuration: compile again below.
            }
        }

        var component = WasmComponent.FromBytes(Engine, bytes);
        Directory.CreateDirectory(cacheDir);
        var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, component.Serialize());
        File.Move(temporary, cached, overwrite: true);
        return component;
    }
}
