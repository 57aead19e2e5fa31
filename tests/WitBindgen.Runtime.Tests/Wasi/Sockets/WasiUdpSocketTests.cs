using System.Net;
using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using WitBindgen.Runtime.Wasi.Bindings.Udp;
using WitBindgen.Runtime.Wasi.Sockets;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>
/// The direct backend's udp-socket driven from C#: IPv6 datagrams both ways, and the misuses Wasmtime traps on (a new
/// stream while the old ones live, a send beyond check-send's permit, the socket dropped before its streams).
/// </summary>
public sealed class WasiUdpSocketTests
{
    [Fact]
    public void An_ipv6_socket_exchanges_datagrams_with_a_dotnet_socket()
    {
        using var peer = new UdpClient(new IPEndPoint(IPAddress.IPv6Loopback, 0));
        peer.Client.ReceiveTimeout = 30_000;
        var peerPort = (ushort)((IPEndPoint)peer.Client.LocalEndPoint!).Port;
        var socket = new WasiUdpSocket(new WasiConfiguration().WithUdp("::1"), IpAddressFamily.Ipv6);
        socket.StartBind(new WasiNetwork(), Loopback.Ipv6AnyPort).IsOk.ShouldBeTrue();
        socket.FinishBind().IsOk.ShouldBeTrue();
        var local = socket.LocalAddress().Value.ShouldBeOfType<IpSocketAddress.Ipv6>().Value;
        var (incoming, outgoing) = socket.Stream(null).Value;

        var to = new IpSocketAddress.Ipv6(new Ipv6SocketAddress(peerPort, 0, (0, 0, 0, 0, 0, 0, 0, 1), 0));
        outgoing.CheckSend().Value.ShouldBe((ulong)WasiOutgoingDatagramStream.Permit);
        outgoing.Send([new OutgoingDatagram("over v6"u8.ToArray(), to)]).Value.ShouldBe(1UL);
        IPEndPoint? from = null;
        peer.Receive(ref from).ShouldBe("over v6"u8.ToArray());
        from.Port.ShouldBe(local.Port);

        peer.Send("back"u8.ToArray(), new IPEndPoint(IPAddress.IPv6Loopback, local.Port));
        using (var ready = incoming.Subscribe())
        {
            ready.Block();
        }

        var datagram = incoming.Receive(4).Value.ShouldHaveSingleItem();
        datagram.Data.ShouldBe("back"u8.ToArray());
        datagram.RemoteAddress.ShouldBe(to);
        incoming.Dispose();
        outgoing.Dispose();
        socket.Dispose();
    }

    [Fact]
    public void Misuses_trap_as_in_wasmtime()
    {
        var socket = new WasiUdpSocket(new WasiConfiguration().WithUdp("127.0.0.1"), IpAddressFamily.Ipv4);
        socket.StartBind(new WasiNetwork(), new IpSocketAddress.Ipv4(new Ipv4SocketAddress(0, (127, 0, 0, 1)))).IsOk.ShouldBeTrue();
        socket.StartBind(new WasiNetwork(), new IpSocketAddress.Ipv4(new Ipv4SocketAddress(0, (127, 0, 0, 1)))).Error.ShouldBe(ErrorCode.ConcurrencyConflict);
        socket.FinishBind().IsOk.ShouldBeTrue();
        var (incoming, outgoing) = socket.Stream(null).Value;
        var datagram = new OutgoingDatagram([1], new IpSocketAddress.Ipv4(new Ipv4SocketAddress(9, (127, 0, 0, 1))));

        Should.Throw<InvalidOperationException>(() => socket.Stream(null)).Message.ShouldBe("UDP streams not dropped yet");
        Should.Throw<InvalidOperationException>(() => outgoing.Send([datagram])).Message.ShouldBe("unpermitted: argument exceeds permitted size");
        outgoing.CheckSend().IsOk.ShouldBeTrue();
        outgoing.Send([datagram]).Value.ShouldBe(1UL);
        Should.Throw<InvalidOperationException>(() => outgoing.Send([datagram])).Message.ShouldBe("unpermitted: argument exceeds permitted size");
        incoming.Receive(0).Value.ShouldBeEmpty();
        Should.Throw<InvalidOperationException>(socket.Dispose).Message.ShouldStartWith("resource has children");

        incoming.Dispose();
        outgoing.Dispose();
        socket.Dispose();
    }
}
