using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>A <c>wasi:http/types#response-outparam</c>: where a proxy component puts its response, which the host awaits.</summary>
internal sealed class WasiResponseOutparam : ResponseOutparam
{
    private readonly TaskCompletionSource<Result<WasiOutgoingResponse, ErrorCode>> _response =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the guest set the response (or dropped the outparam without one).</summary>
    public Task<Result<WasiOutgoingResponse, ErrorCode>> Response => _response.Task;

    /// <summary>Sets the response (<c>response-outparam.set</c>); a second time traps.</summary>
    public void Set(Result<WasiOutgoingResponse, ErrorCode> response)
    {
        if (!_response.TrySetResult(response))
        {
            throw new InvalidOperationException("response-outparam.set was called twice.");
        }
    }

    /// <inheritdoc />
    public override void Dispose() =>
        _response.TrySetResult(Result<WasiOutgoingResponse, ErrorCode>.Err(new ErrorCode.InternalError("the component did not set a response")));
}
