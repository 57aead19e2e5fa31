using System.Net;
using WitBindgen.Runtime.Wasi.Bindings.Network;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>The loopback addresses the socket tests bind, connect and send to.</summary>
internal static class Loopback
{
    /// <summary>IPv4 loopback on a port the OS picks.</summary>
    public static readonly IPEndPoint AnyPort = new(IPAddress.Loopback, 0);

    /// <summary>IPv6 loopback (<c>::1</c>) on a port the OS picks, as WASI names it.</summary>
    public static readonly IpSocketAddress Ipv6AnyPort =
        new IpSocketAddress.Ipv6(new Ipv6SocketAddress(0, 0, (0, 0, 0, 0, 0, 0, 0, 1), 0));
}
