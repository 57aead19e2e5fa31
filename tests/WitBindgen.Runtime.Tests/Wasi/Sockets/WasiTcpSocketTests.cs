using System.Net;
using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using WitBindgen.Runtime.Wasi.Sockets;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>
/// The direct backend's tcp-socket driven from C# (clearer than through a guest for IPv6 and the socket options): an
/// IPv6 listener a .NET client connects to, WASI's address checks, and the options' ranges.
/// </summary>
public sealed class WasiTcpSocketTests
{
    [Fact]
    public void An_ipv6_socket_listens_on_the_loopback_address_and_exchanges_bytes_with_a_dotnet_client()
    {
        using var socket = new WasiTcpSocket(new WasiConfiguration().WithTcpListen("::1"), IpAddressFamily.Ipv6);
        socket.StartBind(new WasiNetwork(), Loopback.Ipv6AnyPort).IsOk.ShouldBeTrue();
        socket.FinishBind().IsOk.ShouldBeTrue();
        socket.StartListen().IsOk.ShouldBeTrue();
        socket.FinishListen().IsOk.ShouldBeTrue();
        var local = socket.LocalAddress().Value.ShouldBeOfType<IpSocketAddress.Ipv6>().Value;
        local.Address.ShouldBe(((ushort)0, (ushort)0, (ushort)0, (ushort)0, (ushort)0, (ushort)0, (ushort)0, (ushort)1));

        using var client = new TcpClient(AddressFamily.InterNetworkV6);
        client.Connect(IPAddress.IPv6Loopback, local.Port);
        using (var ready = socket.Subscribe())
        {
            ready.Block();
        }

        var (accepted, input, output) = socket.Accept().Value;
        var stream = client.GetStream();
        stream.Write("from .NET"u8);
        input.BlockingRead(64).Value.ShouldBe("from .NET"u8.ToArray());
        output.BlockingWriteAndFlush("from the socket"u8.ToArray()).IsOk.ShouldBeTrue();
        var buffer = new byte[15];
        stream.ReadExactly(buffer);
        buffer.ShouldBe("from the socket"u8.ToArray());
        accepted.RemoteAddress().Value.ShouldBeOfType<IpSocketAddress.Ipv6>().Value.Port.ShouldBe((ushort)((IPEndPoint)client.Client.LocalEndPoint!).Port);

        input.Dispose();
        output.Dispose();
        accepted.Dispose();
        stream.Read(buffer).ShouldBe(0);
    }

    [Fact]
    public async Task Writing_to_a_peer_that_does_not_read_never_blocks_and_the_pollable_wakes_once_the_peer_reads()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
        using var socket = new WasiTcpSocket(new WasiConfiguration().WithTcpConnect("127.0.0.1"), IpAddressFamily.Ipv4);
        socket.StartConnect(new WasiNetwork(), new IpSocketAddress.Ipv4(new Ipv4SocketAddress(port, (127, 0, 0, 1)))).IsOk.ShouldBeTrue();
        using (var connected = socket.Subscribe())
        {
            connected.Block();
        }

        var (input, output) = socket.FinishConnect().Value;
        using var peer = listener.AcceptTcpClient();

        // Write whatever check-write permits until it permits nothing: the peer reads nothing, so the kernel's buffers
        // fill and a send stays under way; no call may block meanwhile.
        long written = 0;
        var chunk = new byte[WasiTcpOutputStream.Budget];
        for (var i = 0; i < 100_000 && output.CheckWrite().Value is var permit && permit > 0; i++)
        {
            output.Write(chunk[..(int)permit]).IsOk.ShouldBeTrue();
            written += (long)permit;
        }

        output.CheckWrite().Value.ShouldBe(0UL);
        Should.Throw<InvalidOperationException>(() => output.Write([1])).Message.ShouldBe("write exceeded budget");

        using var ready = output.Subscribe();
        ready.Ready().ShouldBeFalse();
        var drained = Task.Run(() =>
        {
            var stream = peer.GetStream();
            var buffer = new byte[1 << 16];
            long read = 0;
            while (read < written)
            {
                read += stream.Read(buffer);
            }
        });
        ready.Block();
        await drained;
        output.CheckWrite().Value.ShouldBe((ulong)WasiTcpOutputStream.Budget);
        ready.Dispose();
        input.Dispose();
        output.Dispose();
    }

    [Fact]
    public void An_address_of_the_other_family_or_an_ipv4_mapped_one_is_an_invalid_argument()
    {
        using var socket = new WasiTcpSocket(new WasiConfiguration().WithNetworkAccess(), IpAddressFamily.Ipv6);
        var ipv4 = new IpSocketAddress.Ipv4(new Ipv4SocketAddress(0, (127, 0, 0, 1)));
        var mapped = new IpSocketAddress.Ipv6(new Ipv6SocketAddress(0, 0, (0, 0, 0, 0, 0, 0xffff, 0x7f00, 1), 0));

        socket.StartBind(new WasiNetwork(), ipv4).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.StartBind(new WasiNetwork(), mapped).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.AddressFamily().ShouldBe(IpAddressFamily.Ipv6);
    }

    [Fact]
    public void Options_refuse_zero_and_read_back_what_was_set()
    {
        using var socket = new WasiTcpSocket(new WasiConfiguration().WithNetworkAccess(), IpAddressFamily.Ipv4);

        socket.SetListenBacklogSize(0).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.SetListenBacklogSize(10).IsOk.ShouldBeTrue();
        socket.SetKeepAliveEnabled(true).IsOk.ShouldBeTrue();
        socket.KeepAliveEnabled().Value.ShouldBeTrue();
        socket.SetKeepAliveIdleTime(0).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.SetKeepAliveIdleTime(1_500_000_000).IsOk.ShouldBeTrue();
        socket.KeepAliveIdleTime().Value.ShouldBe(2_000_000_000UL);
        socket.SetKeepAliveInterval(3_000_000_000).IsOk.ShouldBeTrue();
        socket.KeepAliveInterval().Value.ShouldBe(3_000_000_000UL);
        socket.SetKeepAliveCount(0).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.SetKeepAliveCount(5).IsOk.ShouldBeTrue();
        socket.KeepAliveCount().Value.ShouldBe(5u);
        socket.SetHopLimit(0).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.SetHopLimit(42).IsOk.ShouldBeTrue();
        socket.HopLimit().Value.ShouldBe((byte)42);
        socket.SetReceiveBufferSize(0).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.SetSendBufferSize(0).Error.ShouldBe(ErrorCode.InvalidArgument);
        socket.SetReceiveBufferSize(1 << 16).IsOk.ShouldBeTrue();
        socket.ReceiveBufferSize().Value.ShouldBeGreaterThan(0UL);
        socket.RemoteAddress().Error.ShouldBe(ErrorCode.InvalidState);
        socket.Shutdown(WitBindgen.Runtime.Wasi.Bindings.Tcp.ShutdownType.Both).Error.ShouldBe(ErrorCode.InvalidState);
    }
}
