namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// The direct backend's <c>wasi:random/insecure</c>: a fast generator per store, seeded from the operating system's
/// generator, or from the store's seed (<see cref="WasiConfiguration.WithRandomSeed"/>).
/// </summary>
internal sealed class InsecureHost : global::WitBindgen.Runtime.Wasi.Bindings.Insecure.IInsecure
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly InsecureHost Instance = new();

    /// <inheritdoc />
    public byte[] GetInsecureRandomBytes(ulong len) =>
        WasiRandomState.Bytes(WasiRandomState.Current.Insecure, len, "wasi:random/insecure#get-insecure-random-bytes");

    /// <inheritdoc />
    public ulong GetInsecureRandomU64() => WasiRandomState.Current.Insecure.NextUInt64();
}
