namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// The direct backend's <c>wasi:random/random</c>: the operating system's cryptographic generator, or the calling
/// store's seeded generator (<see cref="WasiConfiguration.WithRandomSeed"/>).
/// </summary>
internal sealed class RandomHost : global::WitBindgen.Runtime.Wasi.Bindings.Random.IRandom
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly RandomHost Instance = new();

    /// <inheritdoc />
    public byte[] GetRandomBytes(ulong len) => WasiRandomState.Bytes(WasiRandomState.Current.Secure, len, "wasi:random/random#get-random-bytes");

    /// <inheritdoc />
    public ulong GetRandomU64() => WasiRandomState.Current.Secure.NextUInt64();
}
