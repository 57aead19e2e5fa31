using WitBindgen.Runtime.Tests.Infrastructure;

namespace WitBindgen.Runtime.Tests;

public sealed class WasiConfigurationTests
{
    [Fact]
    public void Store_accepts_every_kind_of_grant()
    {
        using var engine = new WasmEngine();
        var directory = Directory.CreateTempSubdirectory("witbindgen-wasi-");
        try
        {
            var configuration = new WasiConfiguration()
                .WithArgs("program", "--flag", "ünïcode")
                .WithEnvironmentVariable("NAME", "value")
                .WithStandardInput("input"u8)
                .CaptureStandardOutput(new WasiOutputBuffer())
                .CaptureStandardError(new WasiOutputBuffer())
                .WithPreopenedDirectory(directory.FullName, "/data")
                .WithPreopenedDirectory(directory.FullName, "/scratch", readOnly: false);

            using var store = new ComponentStore(engine, configuration);
            using var inherited = new ComponentStore(engine, new WasiConfiguration().InheritArgs().InheritEnvironment().InheritStandardOutput().InheritStandardError());
        }
        finally
        {
            directory.Delete();
        }
    }

    [Fact]
    public void Missing_preopened_directory_is_reported_with_its_path()
    {
        using var engine = new WasmEngine();
        var missing = Path.Combine(Path.GetTempPath(), "witbindgen-missing-" + Guid.NewGuid().ToString("N"));
        var configuration = new WasiConfiguration().WithPreopenedDirectory(missing, "/data");

        var error = Should.Throw<WitRuntimeException>(() => new ComponentStore(engine, configuration));
        error.Message.ShouldContain(missing);
    }

    [Fact]
    public void Output_buffer_collects_and_clears()
    {
        var buffer = new WasiOutputBuffer();
        buffer.GetText().ShouldBeEmpty();
        buffer.Clear();
        buffer.ToArray().ShouldBeEmpty();
    }

    [ConformanceFact]
    public void WASI_component_runs_in_a_store_with_grants()
    {
        using var engine = new WasmEngine();
        var path = Path.Combine(TestPaths.ConformanceDir("components")!, "wasm", "lists.component.wasm");
        using var component = WasmComponent.FromFile(engine, path);
        using var linker = new ComponentLinker(engine);
        linker.AddWasiPreview2();
        linker.DefineUnknownImportsAsTraps(component);
        var stdout = new WasiOutputBuffer();
        using var store = new ComponentStore(engine, new WasiConfiguration().WithArgs("lists").CaptureStandardOutput(stdout));
        var allocated = linker.Instantiate(store, component).GetFunction(null, "allocated-bytes");

        var results = new ComponentVal[1];
        allocated.Call([], results);
        results[0].Kind.ShouldBe(ComponentValKind.U32);
    }
}
