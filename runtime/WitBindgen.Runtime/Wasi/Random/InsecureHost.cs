namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// The direct backend's <c>wasi:random/insecure</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class InsecureHost : global::WitBindgen.Runtime.Wasi.Bindings.Insecure.IInsecure
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly InsecureHost Instance = new();

    /// <inheritdoc />
    public byte[] GetInsecureRandomBytes(ulong len) => throw WasiTrap.NotImplemented("wasi:random/insecure#get-insecure-random-bytes");

    /// <inheritdoc />
    public ulong GetInsecureRandomU64() => throw WasiTrap.NotImplemented("wasi:random/insecure#get-insecure-random-u64");
}
