using WitBindgen.Host.Tests.Infrastructure;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// The component of tests/components/typed (written from typed.wit by the guest tests' component writer): compiled
/// once for the Wasmtime backend and loaded once for the direct backend, with the signatures its generated bindings embed.
/// </summary>
public sealed class TypedFixture : IDisposable
{
    public TypedFixture()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "components", "typed");
        var wat = File.ReadAllText(Path.Combine(directory, "typed.wat"));
        Component = WasmComponent.FromWat(TestComponents.Engine, wat);
        Pre = new DirectInstancePre(DirectComponent.FromWat(TestComponents.Engine, wat, "typed.wat"), new DirectHostFunctions());
        Signatures = DirectBindings.GeneratedSignatures(File.ReadAllText(Path.Combine(directory, "typed.wit")), "typed.wit");
    }

    public WasmComponent Component { get; }

    internal DirectInstancePre Pre { get; }

    /// <summary>The signature the generated bindings embed for each function they call directly, by WIT name.</summary>
    public IReadOnlyDictionary<string, string> Signatures { get; }

    public void Dispose()
    {
        Pre.Dispose();
        Component.Dispose();
    }
}
