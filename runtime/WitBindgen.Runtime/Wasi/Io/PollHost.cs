using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The direct backend's <c>wasi:io/poll</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class PollHost : global::WitBindgen.Runtime.Wasi.Bindings.Poll.IPoll
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly PollHost Instance = new();

    /// <inheritdoc />
    public uint[] Poll(Pollable[] @in) => throw WasiTrap.NotImplemented("wasi:io/poll#poll");
}
