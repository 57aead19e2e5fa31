using System.Net;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using WitBindgen.Runtime.Wasi.Io;
using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The direct backend's <c>wasi:sockets/ip-name-lookup#resolve-address-stream</c> over a background lookup:
/// <c>would-block</c> until it is done, then the addresses one by one (only those the store's lookup grants show),
/// then none. A lookup whose every address is hidden fails as <c>permanent-resolver-failure</c>.
/// </summary>
internal sealed class WasiResolveAddressStream : Bindings.IpNameLookup.ResolveAddressStream
{
    private readonly WasiResourceChildren _children = new("wasi:sockets/ip-name-lookup#resolve-address-stream");
    private readonly WasiConfiguration _configuration;
    private readonly Task<IPAddress[]> _lookup;
    private Queue<IPAddress>? _addresses;
    private ErrorCode? _error;

    /// <summary>Creates the stream over <paramref name="lookup"/> under the grants of <paramref name="configuration"/>.</summary>
    public WasiResolveAddressStream(WasiConfiguration configuration, Task<IPAddress[]> lookup)
    {
        _configuration = configuration;
        _lookup = lookup;
    }

    /// <inheritdoc />
    public override Result<IpAddress?, ErrorCode> ResolveNextAddress()
    {
        if (_addresses is null && _error is null)
        {
            if (!_lookup.IsCompleted)
            {
                return Result<IpAddress?, ErrorCode>.Err(ErrorCode.WouldBlock);
            }

            Complete();
        }

        if (_error is { } error)
        {
            return Result<IpAddress?, ErrorCode>.Err(error);
        }

        return Result<IpAddress?, ErrorCode>.Ok(
            _addresses!.TryDequeue(out var next) ? SocketAddresses.FromAddress(next) : null);
    }

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiTaskPollable(_lookup, _children);

    /// <summary>Releases the stream when the guest drops it; traps while a pollable it made lives.</summary>
    public override void Dispose() => _children.ThrowIfAny();

    private void Complete()
    {
        if (!_lookup.IsCompletedSuccessfully)
        {
            var code = SocketErrors.ToErrorCode(_lookup.Exception);
            _error = code is ErrorCode.NameUnresolvable or ErrorCode.TemporaryResolverFailure ? code : ErrorCode.PermanentResolverFailure;
            return;
        }

        var resolved = _lookup.Result;
        var shown = resolved
            .Select(a => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a)
            .Where(a => _configuration.Grants(SocketUse.NameLookup, new IPEndPoint(a, 0)))
            .ToArray();
        if (resolved.Length > 0 && shown.Length == 0)
        {
            _error = ErrorCode.PermanentResolverFailure;
            return;
        }

        _addresses = new Queue<IPAddress>(shown);
    }
}
