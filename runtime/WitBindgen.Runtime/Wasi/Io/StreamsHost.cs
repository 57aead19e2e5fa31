namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The direct backend's <c>wasi:io/streams</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class StreamsHost : global::WitBindgen.Runtime.Wasi.Bindings.Streams.IStreams
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly StreamsHost Instance = new();
}
