using WitBindgen.Runtime.Tests.Loading;

namespace WitBindgen.Runtime.Tests.Selection;

/// <summary>
/// The WITBINDGEN_BACKEND variable as the default of <see cref="WasmEngineOptions.Backend"/>. It is process-wide, so
/// these tests run alone (<see cref="BackendEnvironmentCollection"/>) and put back the value they found.
/// </summary>
[Collection(BackendEnvironmentCollection.Name)]
public sealed class BackendEnvironmentTests : IDisposable
{
    private readonly string? _original = Environment.GetEnvironmentVariable(WasmEngineOptions.BackendEnvironmentVariable);

    public void Dispose() => Environment.SetEnvironmentVariable(WasmEngineOptions.BackendEnvironmentVariable, _original);

    [Theory]
    [InlineData(null, ComponentBackend.Auto)]
    [InlineData("", ComponentBackend.Auto)]
    [InlineData("auto", ComponentBackend.Auto)]
    [InlineData("Direct", ComponentBackend.Direct)]
    [InlineData("WASMTIME", ComponentBackend.Wasmtime)]
    public void The_variable_chooses_the_backend_when_the_option_is_not_set(string? value, ComponentBackend expected)
    {
        Environment.SetEnvironmentVariable(WasmEngineOptions.BackendEnvironmentVariable, value);

        new WasmEngineOptions().Backend.ShouldBe(expected);
    }

    [Fact]
    public void The_variable_decides_which_backend_runs_a_component_of_an_engine_created_while_it_is_set()
    {
        Environment.SetEnvironmentVariable(WasmEngineOptions.BackendEnvironmentVariable, "wasmtime");
        using var engine = new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false });
        Environment.SetEnvironmentVariable(WasmEngineOptions.BackendEnvironmentVariable, "direct");

        using var component = WasmComponent.FromWat(engine, LoaderComponents.Add);

        component.Backend.ShouldBe(ComponentBackend.Wasmtime);
    }

    [Fact]
    public void An_option_set_in_code_wins_over_the_variable()
    {
        Environment.SetEnvironmentVariable(WasmEngineOptions.BackendEnvironmentVariable, "wasmtime");

        new WasmEngineOptions { Backend = ComponentBackend.Auto }.Backend.ShouldBe(ComponentBackend.Auto);
        new WasmEngineOptions { Backend = ComponentBackend.Direct }.Backend.ShouldBe(ComponentBackend.Direct);
    }

    [Fact]
    public void A_value_that_names_no_backend_is_an_error_naming_the_variable_and_the_value()
    {
        Environment.SetEnvironmentVariable(WasmEngineOptions.BackendEnvironmentVariable, "fast");

        var error = Should.Throw<WitRuntimeException>(() => new WasmEngine(new WasmEngineOptions { CacheCompiledComponents = false }));

        error.Message.ShouldBe("The environment variable WITBINDGEN_BACKEND is 'fast', which is not a backend: use auto, direct or wasmtime (any case), or unset it.");
    }
}
