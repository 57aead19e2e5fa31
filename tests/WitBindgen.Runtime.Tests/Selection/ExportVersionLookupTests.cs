using WitBindgen.Runtime.Tests.Production;

namespace WitBindgen.Runtime.Tests.Selection;

/// <summary>
/// Versioned export names resolve alike on both backends: the exact name first, then the newest export on the same
/// semantic-version track (Wasmtime's component export maps; the Wasmtime backend is the oracle).
/// </summary>
public sealed class ExportVersionLookupTests
{
    /// <summary>Exports <c>v: func() -> u32</c> in each instance below, returning the number given with its name.</summary>
    private static readonly (string Name, uint Value)[] Exported =
    [
        ("test:v/api@0.2.3", 203),
        ("test:v/api@0.2.12", 212),
        ("test:v/api@0.2.4", 204),
        ("test:v/lib@1.10.1", 1101),
        ("test:v/lib@1.2.0", 120),
        ("test:v/pre@0.3.0-rc.1", 3),
        ("test:v/zero@0.0.1", 1),
        ("test:v/meta@2.0.0+b", 202),
        ("test:v/meta@2.0.0+a", 201),
        ("test:v/plain", 7),
    ];

    public static TheoryData<string, uint?> Lookups => new()
    {
        { "test:v/api@0.2.12", 212 },
        { "test:v/api@0.2.3", 203 },
        { "test:v/api@0.2.0", 212 },
        { "test:v/api@0.2.99", 212 },
        { "test:v/api@0.2.0+any", 212 },
        { "test:v/api@0.3.0", null },
        { "test:v/api@1.2.0", null },
        { "test:v/api@0.2", null },
        { "test:v/api@0.2.01", null },
        { "test:v/api@0.2.0-rc.1", null },
        { "test:v/api", null },
        { "test:v/lib@1.0.0", 1101 },
        { "test:v/lib@1.2.0", 120 },
        { "test:v/lib@1.99.0", 1101 },
        { "test:v/lib@2.0.0", null },
        { "test:v/pre@0.3.0-rc.1", 3 },
        { "test:v/pre@0.3.0-rc.2", null },
        { "test:v/pre@0.3.0", null },
        { "test:v/zero@0.0.1", 1 },
        { "test:v/zero@0.0.2", null },
        { "test:v/meta@2.1.0", 202 },
        { "test:v/plain", 7 },
        { "test:v/plain@1.0.0", null },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public void A_versioned_name_finds_the_export_Wasmtime_finds(string interfaceName, uint? expected)
    {
        foreach (var backend in new[] { ComponentBackend.Wasmtime, ComponentBackend.Direct })
        {
            using var engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
            using var component = WasmComponent.FromWat(engine, Wat());
            using var linker = new ComponentLinker(engine);
            using var store = new ComponentStore(engine);
            var instance = linker.Instantiate(store, component);
            instance.Backend.ShouldBe(backend);
            using var index = component.GetExportIndex(interfaceName, "v");

            var byName = instance.TryGetFunction(interfaceName, "v")?.InvokeU32();
            var byIndex = index is null ? (uint?)null : instance.GetFunction(index).InvokeU32();

            byName.ShouldBe(expected, $"{backend}: {interfaceName}");
            byIndex.ShouldBe(expected, $"{backend}: {interfaceName} by index");
            if (expected is null)
            {
                Should.Throw<WitRuntimeException>(() => instance.GetFunction(interfaceName, "v")).Message.ShouldContain(interfaceName);
            }
            else
            {
                instance.GetFunction(interfaceName, "v").InvokeU32().ShouldBe(expected.Value);
            }
        }
    }

    private static string Wat()
    {
        var functions = string.Concat(Exported.Select((export, i) => $"(func (export \"f{i}\") (result i32) i32.const {export.Value})"));
        var lifts = string.Concat(Exported.Select((export, i) =>
            $"(func $f{i} (result u32) (canon lift (core func $i \"f{i}\"))) (instance $e{i} (export \"v\" (func $f{i}))) (export \"{export.Name}\" (instance $e{i}))"));
        return $"(component (core module $m {functions}) (core instance $i (instantiate $m)) {lifts})";
    }
}
