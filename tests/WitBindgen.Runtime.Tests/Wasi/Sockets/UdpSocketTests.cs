using System.Net;
using System.Net.Sockets;
using System.Text;
using static WitBindgen.Runtime.Tests.Wasi.Sockets.SocketsGuest;
using ErrorCode = WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>
/// wasi:sockets/udp on the direct backend, over loopback: datagrams both ways between a guest and a .NET socket, a
/// stream fixed to one peer, and each use refused outside its grant (datagrams from elsewhere dropped).
/// </summary>
public sealed class UdpSocketTests
{
    [Fact]
    public void A_guest_sends_a_datagram_to_a_dotnet_socket_and_receives_the_reply()
    {
        using var peer = Peer();
        var peerAddress = (IPEndPoint)peer.Client.LocalEndPoint!;
        using var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithUdp("127.0.0.0/8"));

        guest.UdpCreate().ShouldBe(Ok);
        guest.UdpStream(null).ShouldBe(Failed(ErrorCode.InvalidState));
        guest.UdpFinishBind().ShouldBe(Failed(ErrorCode.NotInProgress));
        guest.UdpStartBind(Loopback.AnyPort).ShouldBe(Ok);
        guest.UdpFinishBind().ShouldBe(Ok);
        var guestAddress = new IPEndPoint(IPAddress.Loopback, (int)(guest.UdpLocalPort() ^ Ok));
        guest.UdpStream(null).ShouldBe(Ok);

        guest.UdpSend(null, 5).ShouldBe(Failed(ErrorCode.InvalidArgument));
        guest.UdpSend(peerAddress, Payload.Length).ShouldBe(Ok | 1);
        IPEndPoint? from = null;
        Encoding.ASCII.GetString(peer.Receive(ref from)).ShouldBe(Payload);
        from.ShouldBe(guestAddress);

        guest.UdpReceive(block: false).Bytes.ShouldBeEmpty();
        peer.Send("pong"u8.ToArray(), guestAddress);
        guest.UdpReceive(block: true).Bytes.ShouldBe("pong"u8.ToArray());
        guest.UdpFromPort().ShouldBe((uint)peerAddress.Port);
        guest.UdpClose();
    }

    [Fact]
    public void A_stream_fixed_to_a_peer_sends_without_an_address_and_drops_datagrams_from_elsewhere()
    {
        using var peer = Peer();
        using var other = Peer();
        var peerAddress = (IPEndPoint)peer.Client.LocalEndPoint!;
        using var guest = BoundGuest(new WasiConfiguration().WithUdp("127.0.0.1"), out var guestAddress);

        guest.UdpStream(peerAddress).ShouldBe(Ok);
        guest.UdpSend(null, 5).ShouldBe(Ok | 1);
        IPEndPoint? from = null;
        peer.Receive(ref from).ShouldBe("hello"u8.ToArray());
        guest.UdpSend((IPEndPoint)other.Client.LocalEndPoint!, 5).ShouldBe(Failed(ErrorCode.InvalidArgument));

        other.Send("elsewhere"u8.ToArray(), guestAddress);
        peer.Send("peer"u8.ToArray(), guestAddress);
        ReceiveOne(guest).ShouldBe("peer"u8.ToArray());
        guest.UdpClose();
    }

    [Fact]
    public void Udp_is_refused_without_its_grant_outside_its_range_and_on_another_port()
    {
        using var peer = Peer();
        using var other = Peer();
        var peerAddress = (IPEndPoint)peer.Client.LocalEndPoint!;

        using (var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithTcpConnect("127.0.0.1")))
        {
            guest.UdpCreate().ShouldBe(Failed(ErrorCode.AccessDenied));
        }

        using (var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithUdp("127.0.0.2")))
        {
            guest.UdpCreate().ShouldBe(Ok);
            guest.UdpStartBind(Loopback.AnyPort).ShouldBe(Failed(ErrorCode.AccessDenied));
        }

        // Port 0 granted for binding only: the peer's port is not granted.
        using (var guest = BoundGuest(new WasiConfiguration().WithUdp("127.0.0.1", 0), out _))
        {
            guest.UdpStream(peerAddress).ShouldBe(Failed(ErrorCode.AccessDenied));
            guest.UdpStream(null).ShouldBe(Ok);
            guest.UdpSend(peerAddress, 5).ShouldBe(Failed(ErrorCode.AccessDenied));
        }

        // The peer's port granted: it is heard, the other socket's datagrams are dropped.
        using (var guest = BoundGuest(new WasiConfiguration().WithUdp("127.0.0.1", 0).WithUdp("127.0.0.1", peerAddress.Port), out var guestAddress))
        {
            guest.UdpStream(null).ShouldBe(Ok);
            guest.UdpSend(peerAddress, 5).ShouldBe(Ok | 1);
            other.Send("elsewhere"u8.ToArray(), guestAddress);
            peer.Send("granted"u8.ToArray(), guestAddress);
            ReceiveOne(guest).ShouldBe("granted"u8.ToArray());
            guest.UdpFromPort().ShouldBe((uint)peerAddress.Port);
        }
    }

    private static UdpClient Peer()
    {
        var peer = new UdpClient(Loopback.AnyPort);
        peer.Client.ReceiveTimeout = 30_000;
        return peer;
    }

    private static SocketsGuest BoundGuest(WasiConfiguration wasi, out IPEndPoint address)
    {
        var guest = new SocketsGuest(ComponentBackend.Direct, wasi);
        guest.UdpCreate().ShouldBe(Ok);
        guest.UdpStartBind(Loopback.AnyPort).ShouldBe(Ok);
        guest.UdpFinishBind().ShouldBe(Ok);
        address = new IPEndPoint(IPAddress.Loopback, (int)(guest.UdpLocalPort() ^ Ok));
        return guest;
    }

    // The first datagram the guest keeps; a receive may come back empty when it dropped one that arrived first.
    private static byte[] ReceiveOne(SocketsGuest guest)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var (bytes, error) = guest.UdpReceive(block: true);
            bytes.ShouldNotBeNull($"the guest's receive failed with {error}");
            if (bytes.Length > 0)
            {
                return bytes;
            }
        }

        throw new ShouldAssertException("The guest received no datagram it keeps.");
    }
}
