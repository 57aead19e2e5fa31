using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Infrastructure;

/// <summary>
/// The components the tests load run on the backend the engine selects: with <c>WITBINDGEN_BACKEND</c> unset (Auto) the
/// direct backend, so the typed paths of the generated bindings are what the tests exercise; with it set, that backend.
/// </summary>
public sealed class TestComponentBackendTests
{
    public static TheoryData<string> OwnComponents => new() { "all-types", "wasi-probe" };

    public static TheoryData<string> ConformanceComponents => new()
    {
        "adder", "flavorful", "lists", "many-arguments", "numbers", "records", "resources", "smoke", "strings", "variants",
    };

    [Theory]
    [MemberData(nameof(OwnComponents))]
    public void Instances_of_this_repository_s_components_run_on_the_selected_backend(string name) =>
        ShouldRunOnTheSelectedBackend(TestComponents.Own(name), name);

    [ConformanceTheory]
    [MemberData(nameof(ConformanceComponents))]
    public void Instances_of_the_conformance_components_run_on_the_selected_backend(string name) =>
        ShouldRunOnTheSelectedBackend(TestComponents.Conformance(name), name);

    /// <summary>The backend the environment selects, where Auto is expected to choose the direct backend for every test component.</summary>
    private static ComponentBackend Expected =>
        new WasmEngineOptions().Backend == ComponentBackend.Wasmtime ? ComponentBackend.Wasmtime : ComponentBackend.Direct;

    private static void ShouldRunOnTheSelectedBackend(WasmComponent component, string name)
    {
        using var linker = new ComponentLinker(TestComponents.Engine);
        linker.DefineUnknownImportsAsTraps(component);
        using var store = new ComponentStore(TestComponents.Engine);
        var instance = linker.Instantiate(store, component);

        instance.Backend.ShouldBe(Expected, $"{name}: {component.BackendFallbackReason}");
    }
}
