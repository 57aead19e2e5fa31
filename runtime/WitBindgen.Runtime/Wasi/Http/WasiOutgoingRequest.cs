using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// A <c>wasi:http/types#outgoing-request</c> the guest builds: method, scheme, authority, path and headers, each
/// checked as Wasmtime checks it, and at most one body.
/// </summary>
internal sealed class WasiOutgoingRequest : OutgoingRequest
{
    private Method _method = new Method.Get();
    private Scheme? _scheme;
    private string? _authority;
    private string? _pathWithQuery;

    /// <summary>Creates a request with the entries of <paramref name="headers"/> (which it takes).</summary>
    public WasiOutgoingRequest(WasiFields headers) => HeaderEntries = headers.EntryList;

    /// <summary>The request's header entries.</summary>
    public List<KeyValuePair<string, byte[]>> HeaderEntries { get; }

    /// <summary>The body, once the guest asked for it.</summary>
    public WasiOutgoingBody? OutgoingBody { get; private set; }

    /// <summary>The method (<c>get</c> unless set).</summary>
    public Method CurrentMethod => _method;

    /// <summary>The scheme, or null (the handler then uses https, as Wasmtime does).</summary>
    public Scheme? CurrentScheme => _scheme;

    /// <summary>The authority, or null.</summary>
    public string? CurrentAuthority => _authority;

    /// <summary>The path and query, or null (the handler then uses <c>/</c>).</summary>
    public string? CurrentPathWithQuery => _pathWithQuery;

    /// <inheritdoc />
    public override Result<OutgoingBody, Unit> Body()
    {
        if (OutgoingBody is not null)
        {
            return Result.Err();
        }

        OutgoingBody = new WasiOutgoingBody(HttpMessages.DeclaredContentLength(HeaderEntries));
        return Result.Ok<OutgoingBody>(OutgoingBody);
    }

    /// <inheritdoc />
    public override Method Method() => _method;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetMethod(Method method)
    {
        if (method is Method.Other other && !WasiFields.IsValidName(other.Value))
        {
            return Result.Err();
        }

        _method = method;
        return Result.Ok();
    }

    /// <inheritdoc />
    public override string? PathWithQuery() => _pathWithQuery;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetPathWithQuery(string? pathWithQuery)
    {
        if (pathWithQuery is not null && !HttpMessages.IsValidPathWithQuery(pathWithQuery))
        {
            return Result.Err();
        }

        _pathWithQuery = pathWithQuery;
        return Result.Ok();
    }

    /// <inheritdoc />
    public override Scheme? Scheme() => _scheme;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetScheme(Scheme? scheme)
    {
        if (scheme is Bindings.Types2.Scheme.Other other && !HttpMessages.IsValidScheme(other.Value))
        {
            return Result.Err();
        }

        _scheme = scheme;
        return Result.Ok();
    }

    /// <inheritdoc />
    public override string? Authority() => _authority;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetAuthority(string? authority)
    {
        if (authority is not null && !HttpMessages.IsValidAuthority(authority))
        {
            return Result.Err();
        }

        _authority = authority;
        return Result.Ok();
    }

    /// <inheritdoc />
    public override Fields Headers() => new WasiFields(HeaderEntries, immutable: true);
}
