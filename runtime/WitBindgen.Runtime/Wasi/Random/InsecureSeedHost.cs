namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// The direct backend's <c>wasi:random/insecure-seed</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class InsecureSeedHost : global::WitBindgen.Runtime.Wasi.Bindings.InsecureSeed.IInsecureSeed
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly InsecureSeedHost Instance = new();

    /// <inheritdoc />
    public (ulong, ulong) InsecureSeed() => throw WasiTrap.NotImplemented("wasi:random/insecure-seed#insecure-seed");
}
