namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// The direct backend's <c>wasi:random/insecure-seed</c>: one value per store, drawn when the store first asks, as
/// Wasmtime draws one per WASI context (derived from the store's seed when one is set).
/// </summary>
internal sealed class InsecureSeedHost : global::WitBindgen.Runtime.Wasi.Bindings.InsecureSeed.IInsecureSeed
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly InsecureSeedHost Instance = new();

    /// <inheritdoc />
    public (ulong, ulong) InsecureSeed() => WasiRandomState.Current.InsecureSeed;
}
