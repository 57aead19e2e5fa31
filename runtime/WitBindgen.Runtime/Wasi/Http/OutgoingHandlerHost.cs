using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// The direct backend's <c>wasi:http/outgoing-handler</c>: sends the guest's request through the handler the host
/// granted (<see cref="WasiConfiguration.WithHttpHandler(HttpMessageHandler)"/>); without one the guest gets
/// <c>http-request-denied</c> and nothing is sent.
/// </summary>
internal sealed class OutgoingHandlerHost : Bindings.OutgoingHandler.IOutgoingHandler
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly OutgoingHandlerHost Instance = new();

    /// <inheritdoc />
    public Result<FutureIncomingResponse, ErrorCode> Handle(OutgoingRequest request, RequestOptions? options)
    {
        var outgoing = request as WasiOutgoingRequest
            ?? throw new InvalidOperationException("The outgoing-request was not made by the runtime's wasi:http.");
        var send = WasiContext.Current.Configuration.HttpSender;
        if (send is null)
        {
            outgoing.OutgoingBody?.Pipe.Dispose();
            return Result.Err<ErrorCode>(new ErrorCode.HttpRequestDenied());
        }

        var message = HttpMessages.ToHttpRequest(outgoing, out var error);
        if (error is not null)
        {
            message.Dispose();
            outgoing.OutgoingBody?.Pipe.Dispose();
            return Result.Err(error);
        }

        return Result.Ok<FutureIncomingResponse>(
            WasiFutureIncomingResponse.Start(send, message, outgoing.OutgoingBody, options as WasiRequestOptions));
    }
}
