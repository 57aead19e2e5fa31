using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>One engine per backend for the direct typed path tests, whatever backend the environment chooses for the others.</summary>
internal static class Engines
{
    public static WasmEngine Wasmtime { get; } = new(new WasmEngineOptions { Backend = ComponentBackend.Wasmtime, CacheCompiledComponents = false });

    public static WasmEngine Direct { get; } = new(new WasmEngineOptions { Backend = ComponentBackend.Direct, CacheCompiledComponents = false });
}
