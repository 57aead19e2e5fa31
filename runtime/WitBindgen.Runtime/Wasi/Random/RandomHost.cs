namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// The direct backend's <c>wasi:random/random</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class RandomHost : global::WitBindgen.Runtime.Wasi.Bindings.Random.IRandom
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly RandomHost Instance = new();

    /// <inheritdoc />
    public byte[] GetRandomBytes(ulong len) => throw WasiTrap.NotImplemented("wasi:random/random#get-random-bytes");

    /// <inheritdoc />
    public ulong GetRandomU64() => throw WasiTrap.NotImplemented("wasi:random/random#get-random-u64");
}
