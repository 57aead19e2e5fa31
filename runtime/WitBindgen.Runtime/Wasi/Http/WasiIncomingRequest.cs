using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>A <c>wasi:http/types#incoming-request</c>: a .NET request the host hands to a proxy component.</summary>
internal sealed class WasiIncomingRequest : IncomingRequest
{
    private readonly HttpRequestMessage _request;
    private readonly List<KeyValuePair<string, byte[]>> _headers;
    private bool _consumed;

    /// <summary>Creates the request over <paramref name="request"/>, which must have an absolute URI.</summary>
    public WasiIncomingRequest(HttpRequestMessage request)
    {
        _request = request;
        _headers = HttpMessages.Entries(request.Headers, request.Content);
    }

    /// <inheritdoc />
    public override Method Method() => HttpMessages.FromHttpMethod(_request.Method);

    /// <inheritdoc />
    public override string? PathWithQuery() => _request.RequestUri!.PathAndQuery;

    /// <inheritdoc />
    public override Scheme? Scheme() => _request.RequestUri!.Scheme switch
    {
        "http" => new Scheme.Http(),
        "https" => new Scheme.Https(),
        var other => new Scheme.Other(other),
    };

    /// <inheritdoc />
    public override string? Authority() => _request.RequestUri!.Authority;

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
        var content = _request.Content?.ReadAsStream() ?? System.IO.Stream.Null;
        return Result.Ok<IncomingBody>(new WasiIncomingBody(content, () => null, owner: null));
    }
}
