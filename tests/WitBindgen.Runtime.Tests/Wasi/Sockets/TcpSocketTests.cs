using System.Net;
using System.Net.Sockets;
using System.Text;
using static WitBindgen.Runtime.Tests.Wasi.Sockets.SocketsGuest;
using ErrorCode = WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>
/// wasi:sockets/tcp on the direct backend, over loopback: a guest connecting to a .NET listener and listening for a
/// .NET client, each step of WASI's state machine answering as WASI specifies, and each use refused without its grant.
/// </summary>
public sealed class TcpSocketTests
{
    [Fact]
    public void A_guest_connects_to_a_dotnet_listener_and_exchanges_bytes()
    {
        using var listener = new TcpListener(Loopback.AnyPort);
        listener.Start();
        var server = (IPEndPoint)listener.LocalEndpoint;
        using var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithTcpConnect("127.0.0.0/8"));

        guest.TcpCreate().ShouldBe(Ok);
        guest.TcpFinishConnect().ShouldBe(Failed(ErrorCode.NotInProgress));
        guest.TcpStartConnect(server).ShouldBe(Ok);
        guest.TcpStartConnect(server).ShouldBe(Failed(ErrorCode.ConcurrencyConflict));
        guest.TcpWait().ShouldBe(Ok);
        guest.TcpFinishConnect().ShouldBe(Ok);
        guest.TcpFinishConnect().ShouldBe(Failed(ErrorCode.NotInProgress));
        guest.TcpStartListen().ShouldBe(Failed(ErrorCode.InvalidState));

        using var accepted = listener.AcceptTcpClient();
        var stream = accepted.GetStream();
        guest.TcpWrite(Payload.Length).ShouldBe(Ok);
        ReadExactly(stream, Payload.Length).ShouldBe(Encoding.ASCII.GetBytes(Payload));
        stream.Write("reply"u8);
        ReadFromGuest(guest, 5).ShouldBe("reply"u8.ToArray());

        // Shutting down the guest's sending side ends the host's reading; closing the host's side ends the guest's.
        guest.TcpShutdown(1).ShouldBe(Ok);
        stream.Read(new byte[1]).ShouldBe(0);
        accepted.Close();
        guest.TcpRead(16).Error.ShouldBe(101u);
        guest.TcpClose();
    }

    [Fact]
    public void A_guest_listens_and_a_dotnet_client_connects()
    {
        using var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithTcpListen("127.0.0.1"));

        guest.TcpCreate().ShouldBe(Ok);
        guest.TcpStartListen().ShouldBe(Failed(ErrorCode.InvalidState));
        guest.TcpLocalPort().ShouldBe(Failed(ErrorCode.InvalidState));
        guest.TcpFinishBind().ShouldBe(Failed(ErrorCode.NotInProgress));
        guest.TcpStartBind(Loopback.AnyPort).ShouldBe(Ok);
        guest.TcpStartBind(Loopback.AnyPort).ShouldBe(Failed(ErrorCode.ConcurrencyConflict));
        guest.TcpFinishBind().ShouldBe(Ok);
        guest.TcpStartBind(Loopback.AnyPort).ShouldBe(Failed(ErrorCode.InvalidState));
        var port = (int)(guest.TcpLocalPort() ^ Ok);
        port.ShouldBeInRange(1, ushort.MaxValue);
        guest.TcpAccept().ShouldBe(Failed(ErrorCode.InvalidState));
        guest.TcpStartListen().ShouldBe(Ok);
        guest.TcpFinishListen().ShouldBe(Ok);
        guest.TcpFinishListen().ShouldBe(Failed(ErrorCode.NotInProgress));
        guest.TcpAccept().ShouldBe(Failed(ErrorCode.WouldBlock));

        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, port);
        guest.TcpWait().ShouldBe(Ok);
        guest.TcpAccept().ShouldBe(Ok);
        var stream = client.GetStream();
        stream.Write("ping"u8);
        ReadFromGuest(guest, 4).ShouldBe("ping"u8.ToArray());
        guest.TcpWrite(5).ShouldBe(Ok);
        ReadExactly(stream, 5).ShouldBe("hello"u8.ToArray());

        // Dropping the accepted socket and its streams closes the connection.
        guest.TcpClose();
        stream.Read(new byte[1]).ShouldBe(0);
    }

    [Fact]
    public void Connecting_is_refused_without_its_grant_outside_its_range_and_on_another_port()
    {
        using var listener = new TcpListener(Loopback.AnyPort);
        listener.Start();
        var server = (IPEndPoint)listener.LocalEndpoint;
        var otherPort = server.Port == ushort.MaxValue ? 1 : server.Port + 1;

        ConnectWith(new WasiConfiguration().WithTcpListen("127.0.0.1")).ShouldBe(Failed(ErrorCode.AccessDenied));
        ConnectWith(new WasiConfiguration().WithTcpConnect("10.0.0.0/8")).ShouldBe(Failed(ErrorCode.AccessDenied));
        ConnectWith(new WasiConfiguration().WithTcpConnect("127.0.0.1", otherPort)).ShouldBe(Failed(ErrorCode.AccessDenied));
        ConnectWith(new WasiConfiguration().WithTcpConnect("127.0.0.1", server.Port)).ShouldBe(Ok);
        ConnectWith(new WasiConfiguration().WithNetworkAccess()).ShouldBe(Ok);

        uint ConnectWith(WasiConfiguration wasi)
        {
            using var guest = new SocketsGuest(ComponentBackend.Direct, wasi);
            guest.TcpCreate().ShouldBe(Ok);
            return guest.TcpStartConnect(server);
        }
    }

    [Fact]
    public void Binding_is_refused_without_a_listen_grant_outside_its_range_and_on_another_port()
    {
        BindWith(new WasiConfiguration().WithTcpConnect("127.0.0.0/8")).ShouldBe(Failed(ErrorCode.AccessDenied));
        BindWith(new WasiConfiguration().WithTcpListen("127.0.0.2")).ShouldBe(Failed(ErrorCode.AccessDenied));
        BindWith(new WasiConfiguration().WithTcpListen("127.0.0.1", 5555)).ShouldBe(Failed(ErrorCode.AccessDenied));
        BindWith(new WasiConfiguration().WithTcpListen("127.0.0.1", 0)).ShouldBe(Ok);

        static uint BindWith(WasiConfiguration wasi)
        {
            using var guest = new SocketsGuest(ComponentBackend.Direct, wasi);
            guest.TcpCreate().ShouldBe(Ok);
            return guest.TcpStartBind(Loopback.AnyPort);
        }
    }

    [Fact]
    public void Invalid_remote_addresses_are_rejected_and_a_refused_connection_closes_the_socket()
    {
        using var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithNetworkAccess());
        guest.TcpCreate().ShouldBe(Ok);
        guest.TcpStartConnect(Loopback.AnyPort).ShouldBe(Failed(ErrorCode.InvalidArgument));
        guest.TcpStartConnect(new IPEndPoint(IPAddress.Any, 80)).ShouldBe(Failed(ErrorCode.InvalidArgument));
        guest.TcpStartConnect(new IPEndPoint(IPAddress.Parse("224.0.0.1"), 80)).ShouldBe(Failed(ErrorCode.InvalidArgument));

        guest.TcpStartConnect(new IPEndPoint(IPAddress.Loopback, ClosedPort())).ShouldBe(Ok);
        guest.TcpWait().ShouldBe(Ok);
        guest.TcpFinishConnect().ShouldBe(Failed(ErrorCode.ConnectionRefused));
        guest.TcpFinishConnect().ShouldBe(Failed(ErrorCode.NotInProgress));
        guest.TcpStartConnect(new IPEndPoint(IPAddress.Loopback, 80)).ShouldBe(Failed(ErrorCode.InvalidState));
        guest.TcpClose();
    }

    [Fact]
    public void Dropping_a_connected_socket_before_its_streams_traps_as_in_wasmtime()
    {
        using var listener = new TcpListener(Loopback.AnyPort);
        listener.Start();
        using var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithTcpConnect("127.0.0.1"));
        guest.TcpCreate().ShouldBe(Ok);
        guest.TcpStartConnect((IPEndPoint)listener.LocalEndpoint).ShouldBe(Ok);
        guest.TcpWait().ShouldBe(Ok);
        guest.TcpFinishConnect().ShouldBe(Ok);

        var error = Should.Throw<Exception>(guest.TcpDropSocket);
        error.ShouldBeAssignableTo<WitRuntimeException>();
        error.Message.ShouldContain("resource has children: a `wasi:sockets/tcp#tcp-socket` was dropped while a stream it made still exists");
    }

    [Fact]
    public void Disposing_the_store_closes_a_socket_the_guest_never_dropped()
    {
        int port;
        using (var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithTcpListen("127.0.0.1")))
        {
            guest.TcpCreate().ShouldBe(Ok);
            guest.TcpStartBind(Loopback.AnyPort).ShouldBe(Ok);
            guest.TcpFinishBind().ShouldBe(Ok);
            port = (int)(guest.TcpLocalPort() ^ Ok);
            guest.TcpStartListen().ShouldBe(Ok);
            guest.TcpFinishListen().ShouldBe(Ok);
        }

        using var client = new TcpClient();
        Should.Throw<SocketException>(() => client.Connect(IPAddress.Loopback, port)).SocketErrorCode.ShouldBe(SocketError.ConnectionRefused);
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(Loopback.AnyPort);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static byte[] ReadExactly(NetworkStream stream, int count)
    {
        stream.ReadTimeout = 30_000;
        var buffer = new byte[count];
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static byte[] ReadFromGuest(SocketsGuest guest, int count)
    {
        var received = new List<byte>();
        while (received.Count < count)
        {
            var (bytes, error) = guest.TcpRead(count - received.Count);
            bytes.ShouldNotBeNull($"the guest's read failed with {error}");
            received.AddRange(bytes);
        }

        return [.. received];
    }
}
