using WitBindgen.Runtime.Wasi.Bindings.Types2;
using WitBindgen.Runtime.Wasi.Io;
using Pollable = WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// A <c>wasi:http/types#future-incoming-response</c>: a request the host's handler is sending. Its pollable is ready
/// once the response's headers arrived or the request failed; <c>get</c> then gives the result once.
/// </summary>
internal sealed class WasiFutureIncomingResponse : FutureIncomingResponse
{
    private readonly WasiFutureValue<Result<IncomingResponse, ErrorCode>> _result;
    private readonly CancellationTokenSource _abandoned;
    private readonly WasiResourceChildren _children = new("wasi:http/types#future-incoming-response");

    /// <summary>Creates the future of <paramref name="result"/>; <paramref name="abandoned"/> is cancelled if the guest drops it first.</summary>
    public WasiFutureIncomingResponse(Task<Result<IncomingResponse, ErrorCode>> result, CancellationTokenSource abandoned)
    {
        _result = new(result);
        _abandoned = abandoned;
    }

    /// <summary>Sends <paramref name="message"/> through <paramref name="send"/> in the background, with the request's timeouts.</summary>
    /// <param name="send">The host's handler.</param>
    /// <param name="message">The request.</param>
    /// <param name="body">The guest's body, streamed into the request as the guest writes it, if any.</param>
    /// <param name="options">The guest's timeouts, if any.</param>
    public static WasiFutureIncomingResponse Start(
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        HttpRequestMessage message,
        WasiOutgoingBody? body,
        WasiRequestOptions? options)
    {
        var connect = ToTimeSpan(options?.Connect);
        var firstByte = ToTimeSpan(options?.FirstByte);
        var betweenBytes = ToTimeSpan(options?.BetweenBytes);
        body?.Pipe.Start();
        var abandoned = new CancellationTokenSource();
        return new WasiFutureIncomingResponse(Task.Run(async () =>
        {
            var timeout = connect < firstByte ? HttpErrors.Timeout.Connect : HttpErrors.Timeout.FirstByte;
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(abandoned.Token);
            cancel.CancelAfter(connect < firstByte ? connect : firstByte);
            try
            {
                var response = await send(message, cancel.Token).ConfigureAwait(false);
                return Result<IncomingResponse, ErrorCode>.Ok(new WasiIncomingResponse(response, betweenBytes));
            }
            catch (Exception exception)
            {
                body?.Pipe.Dispose();
                return Result<IncomingResponse, ErrorCode>.Err(
                    HttpErrors.FromException(exception, cancel.IsCancellationRequested && !abandoned.IsCancellationRequested ? timeout : HttpErrors.Timeout.None));
            }
        }), abandoned);
    }

    /// <summary>A guest's timeout in nanoseconds as a span, Wasmtime's 600 seconds when not set.</summary>
    public static TimeSpan ToTimeSpan(ulong? nanoseconds) =>
        nanoseconds is { } value ? TimeSpan.FromTicks((long)Math.Min(value / 100, (ulong)TimeSpan.FromDays(1).Ticks)) : TimeSpan.FromSeconds(600);

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiTaskPollable(_result.Task, _children);

    /// <inheritdoc />
    public override Result<Result<IncomingResponse, ErrorCode>, Unit>? Get() => _result.Take();

    /// <summary>
    /// Drops the future: a request still in flight is cancelled (the host's handler sees its token cancelled), and a
    /// response never taken is released.
    /// </summary>
    public override void Dispose()
    {
        _children.ThrowIfAny();
        if (!_result.Task.IsCompleted)
        {
            _abandoned.Cancel();
        }
        else if (!_result.IsTaken && _result.Task.IsCompletedSuccessfully && _result.Task.Result.IsOk)
        {
            _result.Task.Result.Value.Dispose();
        }
    }
}
