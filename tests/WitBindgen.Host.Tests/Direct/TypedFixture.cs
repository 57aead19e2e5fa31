using WitBindgen.Host.Tests.Infrastructure;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// The component of tests/components/typed (written from typed.wit by the guest tests' component writer), compiled once
/// for each backend, with the signatures its generated bindings embed.
/// </summary>
public sealed class TypedFixture : IDisposable
{
    public TypedFixture()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "components", "typed");
        var wat = File.ReadAllText(Path.Combine(directory, "typed.wat"));
        Wasmtime = WasmComponent.FromWat(Engines.Wasmtime, wat);
        Direct = WasmComponent.FromWat(Engines.Direct, wat);
        Signatures = DirectBindings.GeneratedSignatures(File.ReadAllText(Path.Combine(directory, "typed.wit")), "typed.wit");
    }

    /// <summary>The component on the Wasmtime backend, the oracle.</summary>
    public WasmComponent Wasmtime { get; }

    /// <summary>The component on the direct backend.</summary>
    public WasmComponent Direct { get; }

    /// <summary>The signature the generated bindings embed for each function they call directly, by WIT name.</summary>
    public IReadOnlyDictionary<string, string> Signatures { get; }

    public void Dispose()
    {
        Wasmtime.Dispose();
        Direct.Dispose();
    }
}
