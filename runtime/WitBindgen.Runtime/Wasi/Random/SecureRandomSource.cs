using System.Security.Cryptography;

namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>The operating system's cryptographic generator, which <c>wasi:random/random</c> uses unless a seed is set.</summary>
internal sealed class SecureRandomSource : WasiRandomSource
{
    /// <summary>The one instance (the generator is thread-safe and holds no state of ours).</summary>
    public static readonly SecureRandomSource Instance = new();

    private SecureRandomSource()
    {
    }

    /// <inheritdoc/>
    public override void Fill(Span<byte> destination) => RandomNumberGenerator.Fill(destination);
}
