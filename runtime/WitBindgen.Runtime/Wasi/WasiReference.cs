using System.Collections.Frozen;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Wasi;

/// <summary>
/// The types of the runtime's WASI definitions, read from <c>Wasi/wit/host.wasm</c>: a component that imports every
/// interface of Wasi/wit/host.wit (built from that WIT by tests/components/wasi-host/build.mjs), so a component's
/// <c>wasi:</c> imports are compared with what the definitions implement, item by item.
/// </summary>
internal sealed class WasiReference
{
    private const string ResourceName = "WitBindgen.Runtime.Wasi.host.wasm";

    private static readonly Lazy<WasiReference> Shared = new(Load);

    private WasiReference(FrozenDictionary<string, InstanceNode> interfaces, WasiResourceNames resources)
    {
        Interfaces = interfaces;
        Resources = resources;
    }

    /// <summary>The reference, loaded on first use.</summary>
    public static WasiReference Instance => Shared.Value;

    /// <summary>Each implemented interface's type, by its name without version (<c>wasi:io/streams</c>).</summary>
    public FrozenDictionary<string, InstanceNode> Interfaces { get; }

    /// <summary>The names of the reference's resources.</summary>
    public WasiResourceNames Resources { get; }

    private static WasiReference Load()
    {
        using var stream = typeof(WasiReference).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The runtime assembly lacks its resource '{ResourceName}'.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var plan = ComponentLoader.Load(bytes);
        var interfaces = new Dictionary<string, InstanceNode>(StringComparer.Ordinal);
        foreach (var import in plan.Imports)
        {
            if (import.Type is InstanceNode instance && WasiImportName.TryParse(import.Name, out var name))
            {
                interfaces[name.Interface] = instance;
            }
        }

        return new WasiReference(interfaces.ToFrozenDictionary(StringComparer.Ordinal), WasiResourceNames.Of(plan));
    }
}
