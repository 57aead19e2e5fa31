using System.Net;
using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using WitBindgen.Runtime.Wasi.Io;
using IncomingDatagram = global::WitBindgen.Runtime.Wasi.Bindings.Udp.IncomingDatagram;
using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The direct backend's <c>wasi:sockets/udp#incoming-datagram-stream</c>: <c>receive</c> returns the datagrams that
/// have arrived, never waiting; its pollable is ready once one has. Datagrams from an address outside the store's
/// UDP grants, or other than the stream's remote address, are dropped.
/// </summary>
internal sealed class WasiIncomingDatagramStream : Bindings.Udp.IncomingDatagramStream
{
    private readonly WasiResourceChildren _children = new("wasi:sockets/udp#incoming-datagram-stream");
    private readonly WasiUdpSocket _socket;
    private readonly IPEndPoint? _remote;
    private bool _disposed;

    /// <summary>Creates the stream of <paramref name="socket"/>, fixed to <paramref name="remote"/> when not null.</summary>
    public WasiIncomingDatagramStream(WasiUdpSocket socket, IPEndPoint? remote)
    {
        _socket = socket;
        _remote = remote;
    }

    /// <inheritdoc />
    public override Result<IncomingDatagram[], ErrorCode> Receive(ulong maxResults)
    {
        var datagrams = new List<IncomingDatagram>();
        while ((ulong)datagrams.Count < maxResults)
        {
            (byte[] Data, IPEndPoint From)? received;
            try
            {
                received = _socket.TakeReceived();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                if (datagrams.Count > 0)
                {
                    break;
                }

                return Result<IncomingDatagram[], ErrorCode>.Err(SocketErrors.ToErrorCode(exception));
            }

            if (received is not { } datagram)
            {
                break;
            }

            var from = datagram.From.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(datagram.From.Address.MapToIPv4(), datagram.From.Port) : datagram.From;
            if ((_remote is not null && !_remote.Equals(from)) || !_socket.Configuration.Grants(SocketUse.Udp, from))
            {
                continue;
            }

            datagrams.Add(new IncomingDatagram(datagram.Data, SocketAddresses.FromEndPoint(from)));
        }

        return Result<IncomingDatagram[], ErrorCode>.Ok([.. datagrams]);
    }

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiTaskPollable(() => _socket.PendingReceive(), _children);

    /// <summary>Releases the stream when the guest drops it; traps while a pollable it made lives.</summary>
    public override void Dispose()
    {
        _children.ThrowIfAny();
        if (!_disposed)
        {
            _disposed = true;
            _socket.StreamDropped();
        }
    }
}
