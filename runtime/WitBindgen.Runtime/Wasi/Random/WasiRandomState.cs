using System.Globalization;
using WitBindgen.Runtime.Backends.Direct;

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

    /// <summary>The random numbers of the store whose guest is calling (created on its first call of <c>wasi:random</c>).</summary>
    public static WasiRandomState Current => WasiContext.Current.GetState(static context => new WasiRandomState(context.Configuration.RandomSeed));

    /// <summary>The source of <c>wasi:random/random</c>.</summary>
    public WasiRandomSource Secure { get; }

    /// <summary>The source of <c>wasi:random/insecure</c>.</summary>
    public WasiRandomSource Insecure { get; }

    /// <summary>What <c>wasi:random/insecure-seed#insecure-seed</c> returns, the same on every call in the store.</summary>
    public (ulong Low, ulong High) InsecureSeed { get; }

    /// <summary>
    /// <paramref name="length"/> bytes of <paramref name="source"/> for <paramref name="function"/>; traps naming the
    /// function and the length when no list can have that many bytes (more than <see cref="Array.MaxLength"/>).
    /// </summary>
    public static byte[] Bytes(WasiRandomSource source, ulong length, string function)
    {
        if (length > (ulong)Array.MaxLength)
        {
            throw new DirectGuestTrap(new WitTrapException(string.Create(
                CultureInfo.InvariantCulture,
                $"{function}: the guest asked for {length} random bytes, more than a list can hold ({Array.MaxLength}).")));
        }

        var bytes = new byte[length];
        source.Fill(bytes);
        return bytes;
    }
}
