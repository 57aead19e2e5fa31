using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>The output stream of an <c>outgoing-body</c>: each write goes into the body's <see cref="HttpBodyPipe"/>.</summary>
internal sealed class WasiBodyOutputStream : WasiOutputStream
{
    /// <summary>What <c>check-write</c> permits.</summary>
    public const int BodyBudget = 64 * 1024;

    private readonly WasiOutgoingBody _body;

    /// <summary>Creates the stream of <paramref name="body"/>.</summary>
    public WasiBodyOutputStream(WasiOutgoingBody body)
        : base(BodyBudget) => _body = body;

    /// <inheritdoc />
    protected override void WriteCore(ReadOnlySpan<byte> bytes) => _body.Pipe.Append(bytes);

    /// <inheritdoc />
    protected override void Release() => _body.StreamDropped();
}
