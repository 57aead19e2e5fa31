using System.Net;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using ResolveAddressStream = global::WitBindgen.Runtime.Wasi.Bindings.IpNameLookup.ResolveAddressStream;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The direct backend's <c>wasi:sockets/ip-name-lookup</c>.</summary>
internal sealed class IpNameLookupHost : global::WitBindgen.Runtime.Wasi.Bindings.IpNameLookup.IIpNameLookup
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly IpNameLookupHost Instance = new();

    /// <summary>
    /// Starts resolving <paramref name="name"/> in the background: <c>invalid-argument</c> for what is neither a host
    /// name nor an IP address, <c>permanent-resolver-failure</c> when the store grants no lookup (as Wasmtime).
    /// </summary>
    public Result<ResolveAddressStream, ErrorCode> ResolveAddresses(Network network, string name)
    {
        var configuration = WasiContext.Current.Configuration;
        var kind = Uri.CheckHostName(name);
        if (kind == UriHostNameType.Unknown)
        {
            return Result<ResolveAddressStream, ErrorCode>.Err(ErrorCode.InvalidArgument);
        }

        if (!configuration.GrantsAny(SocketUse.NameLookup))
        {
            return Result<ResolveAddressStream, ErrorCode>.Err(ErrorCode.PermanentResolverFailure);
        }

        var lookup = kind is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(name, out var literal)
            ? Task.FromResult(new[] { literal })
            : Dns.GetHostAddressesAsync(name);
        return Result<ResolveAddressStream, ErrorCode>.Ok(new WasiResolveAddressStream(configuration, lookup));
    }
}
