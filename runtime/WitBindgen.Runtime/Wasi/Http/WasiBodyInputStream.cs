using WitBindgen.Runtime.Wasi.Bindings.Streams;
using WitBindgen.Runtime.Wasi.Io;
using Pollable = WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>The input stream of an <c>incoming-body</c>: a stream over the body that tells the body when it is dropped.</summary>
internal sealed class WasiBodyInputStream : InputStream
{
    private readonly WasiInputStream _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public WasiBodyInputStream(WasiInputStream inner) => _inner = inner;

    /// <summary>Whether the guest dropped the stream.</summary>
    public bool IsDropped { get; private set; }

    /// <inheritdoc />
    public override Result<byte[], StreamError> Read(ulong len) => _inner.Read(len);

    /// <inheritdoc />
    public override Result<byte[], StreamError> BlockingRead(ulong len) => _inner.BlockingRead(len);

    /// <inheritdoc />
    public override Result<ulong, StreamError> Skip(ulong len) => _inner.Skip(len);

    /// <inheritdoc />
    public override Result<ulong, StreamError> BlockingSkip(ulong len) => _inner.BlockingSkip(len);

    /// <inheritdoc />
    public override Pollable Subscribe() => _inner.Subscribe();

    /// <inheritdoc />
    public override void Dispose()
    {
        IsDropped = true;
        _inner.Dispose();
    }
}
