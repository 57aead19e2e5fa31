using WitBindgen.Runtime.Wasi.Bindings.Types2;
using WitBindgen.Runtime.Wasi.Io;
using Pollable = WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>A <c>wasi:http/types#future-trailers</c>: the trailers of a body, ready once the body was read to its end.</summary>
internal sealed class WasiFutureTrailers : FutureTrailers
{
    private readonly WasiFutureValue<Result<Fields?, ErrorCode>> _result;
    private readonly WasiResourceChildren _children = new("wasi:http/types#future-trailers");

    /// <summary>Creates the future of <paramref name="result"/>.</summary>
    public WasiFutureTrailers(Task<Result<Fields?, ErrorCode>> result) => _result = new(result);

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiTaskPollable(_result.Task, _children);

    /// <inheritdoc />
    public override Result<Result<Fields?, ErrorCode>, Unit>? Get() => _result.Take();

    /// <inheritdoc />
    public override void Dispose() => _children.ThrowIfAny();
}
