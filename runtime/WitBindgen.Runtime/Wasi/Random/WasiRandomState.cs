namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>
/// One store's random numbers: <c>wasi:random/random</c> from the operating system's cryptographic generator and
/// <c>insecure</c> from a generator seeded by it, with one <c>insecure-seed</c> value for the store's life, as
/// Wasmtime does; or, with <see cref="WasiConfiguration.WithRandomSeed"/>, all three derived from the seed.
/// </summary>
internal sealed class WasiRandomState
{
    private const ulong RandomStream = 1;
    private const ulong InsecureStream = 2;
    private const ulong InsecureSeedStream = 3;

    /// <summary>Creates the state for a store with the seed <paramref name="seed"/> (null: the operating system's generator).</summary>
    public WasiRandomState(ulong? seed)
    {
        WasiRandomSource seedSource = seed is { } value ? new SeededRandomSource(value, InsecureSeedStream) : SecureRandomSource.Instance;
        Secure = seed is { } fixedSeed ? new SeededRandomSource(fixedSeed, RandomStream) : SecureRandomSource.Instance;
        Insecure = new SeededRandomSource(
            seed ?? SecureRandomSource.Instance.NextUInt64(),
            seed is null ? SecureRandomSource.Instance.NextUInt64() : InsecureStream);
        InsecureSeed = (seedSource.NextUInt64(), seedSource.NextUInt64());
    }

    /// <summary>The source of <c>wasi:random/random</c>.</summary>
    public WasiRandomSource Secure { get; }

    /// <summary>The source of <c>wasi:random/insecure</c>.</summary>
    public WasiRandomSource Insecure { get; }

    /// <summary>What <c>wasi:random/insecure-seed#insecure-seed</c> returns, the same on every call in the store.</summary>
    public (ulong Low, ulong High) InsecureSeed { get; }
}
