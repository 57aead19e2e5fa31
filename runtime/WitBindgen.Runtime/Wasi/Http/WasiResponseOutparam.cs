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

    /// <summary>
    /// The component's call returned (or trapped, with <paramref name="failure"/>): a response not set by now never
    /// will be, and a body the component did not finish is cut off, so its reader fails rather than waits.
    /// </summary>
    public void Abandon(Exception? failure)
    {
        if (failure is not null)
        {
            _response.TrySetException(new WitRuntimeException($"The component failed while handling the request: {failure.Message}", failure));
        }

        _response.TrySetException(new WitRuntimeException("The component returned from wasi:http/incoming-handler#handle without setting a response."));
        if (_response.Task.IsCompletedSuccessfully && _response.Task.Result is { IsOk: true } set && set.Value.OutgoingBody is { } body)
        {
            body.Pipe.Complete(failure ?? new IOException("The component returned before finishing the response body."));
        }
    }
}
