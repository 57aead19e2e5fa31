using System.Net;
using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using WitBindgen.Runtime.Wasi.Io;
using OutgoingDatagram = global::WitBindgen.Runtime.Wasi.Bindings.Udp.OutgoingDatagram;
using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The direct backend's <c>wasi:sockets/udp#outgoing-datagram-stream</c>, with Wasmtime's contract: <c>check-send</c>
/// permits <see cref="Permit"/> datagrams, a <c>send</c> beyond the permit of the <c>check-send</c> before it traps, and each datagram's
/// address is checked (<c>invalid-argument</c>) and must be granted (<c>access-denied</c>).
/// </summary>
internal sealed class WasiOutgoingDatagramStream : Bindings.Udp.OutgoingDatagramStream
{
    /// <summary>The datagrams one <c>check-send</c> permits (Wasmtime's number).</summary>
    public const int Permit = 16;

    private readonly WasiResourceChildren _children = new("wasi:sockets/udp#outgoing-datagram-stream");
    private readonly WasiUdpSocket _socket;
    private readonly IPEndPoint? _remote;
    private bool _disposed;
    private ulong _permitted;

    /// <summary>Creates the stream of <paramref name="socket"/>, fixed to <paramref name="remote"/> when not null.</summary>
    public WasiOutgoingDatagramStream(WasiUdpSocket socket, IPEndPoint? remote)
    {
        _socket = socket;
        _remote = remote;
    }

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> CheckSend()
    {
        _permitted = Permit;
        return Result<ulong, ErrorCode>.Ok(_permitted);
    }

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> Send(OutgoingDatagram[] datagrams)
    {
        if (datagrams.Length == 0)
        {
            return Result<ulong, ErrorCode>.Ok(0);
        }

        if ((ulong)datagrams.Length > _permitted)
        {
            throw WasiTrap.Misuse("unpermitted: argument exceeds permitted size");
        }

        // Each send must be permitted by a check-send of its own.
        _permitted = 0;
        ulong sent = 0;
        foreach (var datagram in datagrams)
        {
            if (SendOne(datagram) is { } error)
            {
                return sent == 0 ? Result<ulong, ErrorCode>.Err(error) : Result<ulong, ErrorCode>.Ok(sent);
            }

            sent++;
        }

        return Result<ulong, ErrorCode>.Ok(sent);
    }

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiReadyPollable(_children);

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

    private ErrorCode? SendOne(OutgoingDatagram datagram)
    {
        IPEndPoint target;
        if (datagram.RemoteAddress is { } address)
        {
            target = SocketAddresses.ToEndPoint(address);
            if (_remote is not null && !_remote.Equals(target))
            {
                return ErrorCode.InvalidArgument;
            }
        }
        else if (_remote is { } remote)
        {
            target = remote;
        }
        else
        {
            return ErrorCode.InvalidArgument;
        }

        if (_socket.CheckRemote(target) is { } refused)
        {
            return refused;
        }

        try
        {
            _socket.Socket.SendTo(datagram.Data, SocketFlags.None, target);
            return null;
        }
        catch (SocketException exception)
        {
            return SocketErrors.ToErrorCode(exception.SocketErrorCode);
        }
        catch (ObjectDisposedException)
        {
            return ErrorCode.InvalidState;
        }
    }
}
