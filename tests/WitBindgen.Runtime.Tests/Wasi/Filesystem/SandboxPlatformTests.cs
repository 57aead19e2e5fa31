using WitBindgen.Runtime.Wasi.Filesystem;

namespace WitBindgen.Runtime.Tests.Wasi.Filesystem;

/// <summary>
/// On a platform where the direct backend's sandbox for host directories does not run (simulated here, in this test's
/// flow only), Auto runs a component importing wasi:filesystem on the Wasmtime backend as before, saying why, and the
/// direct backend refuses a store with a host preopen at instantiation while in-memory directories still work.
/// </summary>
public sealed class SandboxPlatformTests : IDisposable
{
    private const string Platform = "macOS Arm64";

    private static readonly string Probe = Path.Combine(AppContext.BaseDirectory, "components", "wasi-probe.wasm");

    private readonly string _root = Directory.CreateTempSubdirectory("witbindgen-sandbox-platform-").FullName;

    public SandboxPlatformTests() => File.WriteAllText(Path.Combine(_root, "in.txt"), "host file");

    [Fact]
    public void Auto_runs_a_component_importing_wasi_filesystem_on_wasmtime_and_names_the_platform()
    {
        HostSandboxPlatform.Simulate(Platform);
        try
        {
            var (backend, reason, read) = RunProbe(ComponentBackend.Auto, new WasiConfiguration().WithPreopenedDirectory(_root, "/data"));

            backend.ShouldBe(ComponentBackend.Wasmtime);
            reason.ShouldNotBeNull();
            reason.ShouldStartWith("The component imports wasi:filesystem/");
            reason.ShouldContain("not on " + Platform);
            read.ShouldBe("host file");
        }
        finally
        {
            HostSandboxPlatform.Simulate(null);
        }
    }

    [Fact]
    public void Outside_the_simulation_auto_runs_the_component_direct_exactly_where_the_sandbox_runs()
    {
        var (backend, reason, read) = RunProbe(ComponentBackend.Auto, new WasiConfiguration().WithPreopenedDirectory(_root, "/data"));

        backend.ShouldBe(HostSandboxPlatform.IsSupported ? ComponentBackend.Direct : ComponentBackend.Wasmtime);
        (reason is null).ShouldBe(HostSandboxPlatform.IsSupported);
        read.ShouldBe("host file");
    }

    [Fact]
    public void Direct_refuses_a_host_preopen_at_instantiation_naming_the_directory_and_platform()
    {
        HostSandboxPlatform.Simulate(Platform);
        try
        {
            var error = Should.Throw<WitRuntimeException>(() => RunProbe(ComponentBackend.Direct, new WasiConfiguration().WithPreopenedDirectory(_root, "/data")));

            error.Message.ShouldBe(
                $"The store preopens the host directory '{_root}' as '/data', which the direct backend's WASI cannot serve on {Platform}: "
                + "its directory sandbox runs on Linux (x64 and arm64) only. Run the component on the Wasmtime backend (or Auto), or give it an in-memory directory.");
        }
        finally
        {
            HostSandboxPlatform.Simulate(null);
        }
    }

    [Fact]
    public void Direct_still_serves_an_in_memory_directory_where_the_sandbox_does_not_run()
    {
        var memory = new WasiMemoryDirectory();
        memory.WriteFile("in.txt", "memory file"u8);
        HostSandboxPlatform.Simulate(Platform);
        try
        {
            var (backend, reason, read) = RunProbe(ComponentBackend.Direct, new WasiConfiguration().WithPreopenedDirectory(memory, "/data"));

            backend.ShouldBe(ComponentBackend.Direct);
            reason.ShouldBeNull();
            read.ShouldBe("memory file");
        }
        finally
        {
            HostSandboxPlatform.Simulate(null);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (ComponentBackend Backend, string? Reason, string Read) RunProbe(ComponentBackend backend, WasiConfiguration configuration)
    {
        using var engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
        using var component = WasmComponent.FromFile(engine, Probe);
        using var linker = new ComponentLinker(engine);
        linker.AddWasiPreview2();
        using var store = new ComponentStore(engine, configuration);
        var instance = linker.Instantiate(store, component);
        Span<ComponentVal> results = stackalloc ComponentVal[1];
        instance.GetFunction(null, "read-file").Call([ComponentVal.String("/data/in.txt")], results);
        try
        {
            return (instance.Backend, component.BackendFallbackReason, results[0].GetString());
        }
        finally
        {
            results[0].Dispose();
        }
    }
}
