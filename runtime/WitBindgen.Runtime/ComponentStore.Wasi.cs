using WitBindgen.Runtime.Wasi;

namespace WitBindgen.Runtime;

/// <summary>The store's WASI state on the direct backend.</summary>
public sealed partial class ComponentStore
{
    private WasiContext? _wasi;

    /// <summary>The store's copy of the WASI configuration it was created with.</summary>
    internal WasiConfiguration WasiConfiguration { get; }

    /// <summary>The store's WASI context for the direct backend's WASI, created on first use.</summary>
    internal WasiContext Wasi => _wasi ??= new WasiContext(this, WasiConfiguration);
}
