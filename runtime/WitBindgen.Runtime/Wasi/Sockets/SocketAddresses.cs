using System.Net;
using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>Conversions between WIT socket addresses and .NET endpoints, and the checks WASI makes on an address.</summary>
internal static class SocketAddresses
{
    /// <summary>The .NET address family of a WIT one.</summary>
    public static AddressFamily ToAddressFamily(IpAddressFamily family) =>
        family == IpAddressFamily.Ipv4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;

    /// <summary>The endpoint of a WIT socket address.</summary>
    public static IPEndPoint ToEndPoint(IpSocketAddress address)
    {
        switch (address)
        {
            case IpSocketAddress.Ipv4 { Value: var v4 }:
                var (a, b, c, d) = v4.Address;
                return new IPEndPoint(new IPAddress([a, b, c, d]), v4.Port);
            case IpSocketAddress.Ipv6 { Value: var v6 }:
                var bytes = new byte[16];
                var (s0, s1, s2, s3, s4, s5, s6, s7) = v6.Address;
                ushort[] segments = [s0, s1, s2, s3, s4, s5, s6, s7];
                for (var i = 0; i < 8; i++)
                {
                    bytes[2 * i] = (byte)(segments[i] >> 8);
                    bytes[(2 * i) + 1] = (byte)segments[i];
                }

                return new IPEndPoint(new IPAddress(bytes, v6.ScopeId), v6.Port);
            default:
                throw new ArgumentException("Unknown socket address case.", nameof(address));
        }
    }

    /// <summary>The WIT socket address of an endpoint.</summary>
    public static IpSocketAddress FromEndPoint(IPEndPoint endpoint)
    {
        var port = (ushort)endpoint.Port;
        return FromAddress(endpoint.Address) switch
        {
            IpAddress.Ipv4 { Value: var v4 } => new IpSocketAddress.Ipv4(new Ipv4SocketAddress(port, v4)),
            IpAddress.Ipv6 { Value: var v6 } => new IpSocketAddress.Ipv6(
                new Ipv6SocketAddress(port, 0, v6, (uint)endpoint.Address.ScopeId)),
            _ => throw new ArgumentException("Unknown address case.", nameof(endpoint)),
        };
    }

    /// <summary>The WIT address of a .NET one.</summary>
    public static IpAddress FromAddress(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (bytes.Length == 4)
        {
            return new IpAddress.Ipv4((bytes[0], bytes[1], bytes[2], bytes[3]));
        }

        ushort Segment(int i) => (ushort)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]);
        return new IpAddress.Ipv6((Segment(0), Segment(1), Segment(2), Segment(3), Segment(4), Segment(5), Segment(6), Segment(7)));
    }

    /// <summary>
    /// Checks an address a socket of <paramref name="family"/> is given, as Wasmtime checks it: the same family, no
    /// IPv4-mapped IPv6 address, unicast; and, for a remote address, neither the unspecified address nor port 0.
    /// Returns <see cref="ErrorCode.InvalidArgument"/> when a check fails, else null.
    /// </summary>
    public static ErrorCode? Validate(IPEndPoint endpoint, AddressFamily family, bool remote)
    {
        var address = endpoint.Address;
        var valid = address.AddressFamily == family
            && !address.IsIPv4MappedToIPv6
            && !IsMulticastOrBroadcast(address)
            && !(remote && (endpoint.Port == 0 || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)));
        return valid ? null : ErrorCode.InvalidArgument;
    }

    private static bool IsMulticastOrBroadcast(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6Multicast;
        }

        var first = address.GetAddressBytes()[0];
        return first is >= 224 and <= 239 || address.Equals(IPAddress.Broadcast);
    }
}
