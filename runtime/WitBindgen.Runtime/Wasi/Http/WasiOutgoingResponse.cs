using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>A <c>wasi:http/types#outgoing-response</c> a proxy component builds: status, headers and at most one body.</summary>
internal sealed class WasiOutgoingResponse : OutgoingResponse
{
    private ushort _status = 200;

    /// <summary>Creates a response with the entries of <paramref name="headers"/> (which it takes).</summary>
    public WasiOutgoingResponse(WasiFields headers) => HeaderEntries = headers.EntryList;

    /// <summary>The response's header entries.</summary>
    public List<KeyValuePair<string, byte[]>> HeaderEntries { get; }

    /// <summary>The body, once the guest asked for it.</summary>
    public WasiOutgoingBody? OutgoingBody { get; private set; }

    /// <inheritdoc />
    public override ushort StatusCode() => _status;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetStatusCode(ushort statusCode)
    {
        if (statusCode is < 100 or > 999)
        {
            return Result.Err();
        }

        _status = statusCode;
        return Result.Ok();
    }

    /// <inheritdoc />
    public override Fields Headers() => new WasiFields(HeaderEntries, immutable: true);

    /// <inheritdoc />
    public override Result<OutgoingBody, Unit> Body()
    {
        if (OutgoingBody is not null)
        {
            return Result.Err();
        }

        OutgoingBody = new WasiOutgoingBody(HttpMessages.DeclaredContentLength(HeaderEntries));
        OutgoingBody.Pipe.Start();
        return Result.Ok<OutgoingBody>(OutgoingBody);
    }
}
