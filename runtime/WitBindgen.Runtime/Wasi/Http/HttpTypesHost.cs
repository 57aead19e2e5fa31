using WitBindgen.Runtime.Wasi.Bindings.Types2;
using WitBindgen.Runtime.Wasi.Io;
using IoError = WitBindgen.Runtime.Wasi.Bindings.Error.Error;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>The direct backend's <c>wasi:http/types</c>: the resources' constructors and static functions.</summary>
internal sealed class HttpTypesHost : ITypes
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly HttpTypesHost Instance = new();

    /// <inheritdoc />
    public ErrorCode? HttpErrorCode(IoError err) =>
        err is WasiError { Cause: { } cause }
            ? HttpErrors.FromException(cause, HttpErrors.IsBetweenBytesTimeout(cause) ? HttpErrors.Timeout.BetweenBytes : HttpErrors.Timeout.None)
            : null;

    /// <inheritdoc />
    public Fields CreateFields() => new WasiFields();

    /// <inheritdoc />
    public Result<Fields, HeaderError> FieldsFromList((string, byte[])[] entries)
    {
        var fields = new WasiFields();
        foreach (var (name, value) in entries)
        {
            if (WasiFields.Check(name, value) is { } error)
            {
                return Result.Err(error);
            }

            fields.EntryList.Add(new(name.ToLowerInvariant(), value));
        }

        return Result.Ok<Fields>(fields);
    }

    /// <inheritdoc />
    public OutgoingRequest CreateOutgoingRequest(Fields headers) => new WasiOutgoingRequest(Own(headers));

    /// <inheritdoc />
    public RequestOptions CreateRequestOptions() => new WasiRequestOptions();

    /// <inheritdoc />
    public void ResponseOutparamSet(ResponseOutparam param, Result<OutgoingResponse, ErrorCode> response)
    {
        var outparam = param as WasiResponseOutparam ?? throw Foreign("response-outparam");
        outparam.Set(response.IsOk
            ? Result<WasiOutgoingResponse, ErrorCode>.Ok(response.Value as WasiOutgoingResponse ?? throw Foreign("outgoing-response"))
            : Result<WasiOutgoingResponse, ErrorCode>.Err(response.Error));
    }

    /// <inheritdoc />
    public FutureTrailers IncomingBodyFinish(IncomingBody @this) =>
        (@this as WasiIncomingBody ?? throw Foreign("incoming-body")).Finish();

    /// <inheritdoc />
    public OutgoingResponse CreateOutgoingResponse(Fields headers) => new WasiOutgoingResponse(Own(headers));

    /// <inheritdoc />
    public Result<Unit, ErrorCode> OutgoingBodyFinish(OutgoingBody @this, Fields? trailers) =>
        (@this as WasiOutgoingBody ?? throw Foreign("outgoing-body")).Finish();

    /// <summary>Fields a request or response takes: a copy when they are another's immutable view, so they stay immutable there.</summary>
    private static WasiFields Own(Fields headers)
    {
        var fields = headers as WasiFields ?? throw Foreign("fields");
        return fields.IsImmutable ? new WasiFields([.. fields.EntryList], immutable: false) : fields;
    }

    private static InvalidOperationException Foreign(string resource) =>
        new($"The {resource} was not made by the runtime's wasi:http.");
}
