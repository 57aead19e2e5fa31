using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>A <c>wasi:http/types#incoming-response</c>: the status, headers and body of a response the host received.</summary>
internal sealed class WasiIncomingResponse : IncomingResponse
{
    private readonly HttpResponseMessage _response;
    private readonly List<KeyValuePair<string, byte[]>> _headers;
    private readonly TimeSpan _betweenBytes;
    private bool _consumed;

    /// <summary>Creates the response over <paramref name="response"/>, whose body waits at most <paramref name="betweenBytes"/> for each read.</summary>
    public WasiIncomingResponse(HttpResponseMessage response, TimeSpan betweenBytes)
    {
        _response = response;
        _betweenBytes = betweenBytes;
        _headers = HttpMessages.Entries(response.Headers, response.Content);
    }

    /// <inheritdoc />
    public override ushort Status() => (ushort)_response.StatusCode;

    /// <inheritdoc />
    public override Fields Headers() => new WasiFields(_headers, immutable: true);

    /// <inheritdoc />
    public override Result<IncomingBody, Unit> Consume()
    {
        if (_consumed)
        {
            return Result.Err();
        }

        _consumed = true;
        var stream = new BetweenBytesStream(_response.Content.ReadAsStream(), _betweenBytes);
        return Result.Ok<IncomingBody>(new WasiIncomingBody(stream, () => _response.TrailingHeaders, _response));
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        if (!_consumed)
        {
            _response.Dispose();
        }
    }
}
