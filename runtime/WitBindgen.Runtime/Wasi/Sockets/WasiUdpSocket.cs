using System.Net;
using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using WitBindgen.Runtime.Wasi.Io;
using IncomingDatagramStream = global::WitBindgen.Runtime.Wasi.Bindings.Udp.IncomingDatagramStream;
using Network = global::WitBindgen.Runtime.Wasi.Bindings.Network.Network;
using OutgoingDatagramStream = global::WitBindgen.Runtime.Wasi.Bindings.Udp.OutgoingDatagramStream;
using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;
using UdpSocket = global::WitBindgen.Runtime.Wasi.Bindings.Udp.UdpSocket;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The direct backend's <c>wasi:sockets/udp#udp-socket</c> over a .NET <see cref="Socket"/>: bound with
/// <c>start-bind</c>/<c>finish-bind</c>, then <c>stream</c> gives datagram streams, fixed to one remote address
/// when one is given. Every address the guest binds, sends to or hears from must be in the store's UDP grants.
/// </summary>
internal sealed class WasiUdpSocket : UdpSocket
{
    /// <summary>The largest datagram received (the most UDP carries).</summary>
    public const int MaxDatagram = 65535;

    private readonly WasiResourceChildren _children = new("wasi:sockets/udp#udp-socket");
    private readonly IpAddressFamily _family;
    private readonly byte[] _buffer = new byte[MaxDatagram];
    private Task<SocketReceiveFromResult>? _receive;
    private int _streams;
    private bool _bindStarted;
    private bool _bound;
    private bool _disposed;

    /// <summary>Creates an unbound socket of <paramref name="family"/> under the grants of <paramref name="configuration"/>.</summary>
    /// <exception cref="SocketException">The host cannot create the socket.</exception>
    public WasiUdpSocket(WasiConfiguration configuration, IpAddressFamily family)
    {
        Configuration = configuration;
        _family = family;
        Socket = new Socket(SocketAddresses.ToAddressFamily(family), SocketType.Dgram, ProtocolType.Udp);
        if (family == IpAddressFamily.Ipv6)
        {
            Socket.DualMode = false;
        }
    }

    /// <summary>The host socket.</summary>
    public Socket Socket { get; }

    /// <summary>The grants of the store that made the socket.</summary>
    public WasiConfiguration Configuration { get; }

    /// <summary>The remote address the latest <c>stream</c> fixed, or null.</summary>
    public IPEndPoint? Remote { get; private set; }

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> StartBind(Network network, IpSocketAddress localAddress)
    {
        if (_bindStarted || _bound)
        {
            return SocketCalls.Fail(_bindStarted ? ErrorCode.ConcurrencyConflict : ErrorCode.InvalidState);
        }

        var bound = SocketCalls.Bind(Socket, Configuration, SocketUse.Udp, localAddress, reuseAddress: false);
        if (!bound.IsOk)
        {
            return bound;
        }

        _bindStarted = true;
        return SocketCalls.Done();
    }

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> FinishBind()
    {
        if (!_bindStarted)
        {
            return SocketCalls.Fail(ErrorCode.NotInProgress);
        }

        _bindStarted = false;
        _bound = true;
        return SocketCalls.Done();
    }

    /// <summary>
    /// New datagram streams: fixed to <paramref name="remoteAddress"/> (datagrams from elsewhere are dropped, sends
    /// may omit the address) or, when it is none, free. The streams are the socket's children.
    /// </summary>
    /// <exception cref="InvalidOperationException">Streams made before are still alive (a trap, as in Wasmtime).</exception>
    public override Result<(IncomingDatagramStream, OutgoingDatagramStream), ErrorCode> Stream(IpSocketAddress? remoteAddress)
    {
        if (_streams > 0)
        {
            throw WasiTrap.Misuse("UDP streams not dropped yet");
        }

        if (!_bound)
        {
            return Result<(IncomingDatagramStream, OutgoingDatagramStream), ErrorCode>.Err(ErrorCode.InvalidState);
        }

        IPEndPoint? remote = null;
        if (remoteAddress is not null)
        {
            remote = SocketAddresses.ToEndPoint(remoteAddress);
            if (CheckRemote(remote) is { } refused)
            {
                return Result<(IncomingDatagramStream, OutgoingDatagramStream), ErrorCode>.Err(refused);
            }
        }

        Remote = remote;
        _streams = 2;
        return Result<(IncomingDatagramStream, OutgoingDatagramStream), ErrorCode>.Ok(
            (new WasiIncomingDatagramStream(this, remote), new WasiOutgoingDatagramStream(this, remote)));
    }

    /// <inheritdoc />
    public override Result<IpSocketAddress, ErrorCode> LocalAddress() =>
        _bound && Socket.LocalEndPoint is IPEndPoint local
            ? Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(local))
            : Result<IpSocketAddress, ErrorCode>.Err(ErrorCode.InvalidState);

    /// <inheritdoc />
    public override Result<IpSocketAddress, ErrorCode> RemoteAddress() =>
        Remote is { } remote
            ? Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(remote))
            : Result<IpSocketAddress, ErrorCode>.Err(ErrorCode.InvalidState);

    /// <inheritdoc />
    public override IpAddressFamily AddressFamily() => _family;

    /// <inheritdoc />
    public override Result<byte, ErrorCode> UnicastHopLimit() => SocketCalls.Get(() => (byte)Socket.Ttl);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetUnicastHopLimit(byte value) =>
        value == 0 ? SocketCalls.Fail(ErrorCode.InvalidArgument) : SocketCalls.Run(() => Socket.Ttl = value);

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> ReceiveBufferSize() => SocketCalls.Get(() => (ulong)Socket.ReceiveBufferSize);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetReceiveBufferSize(ulong value) =>
        SocketCalls.SetSize(value, size => Socket.ReceiveBufferSize = size);

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> SendBufferSize() => SocketCalls.Get(() => (ulong)Socket.SendBufferSize);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetSendBufferSize(ulong value) =>
        SocketCalls.SetSize(value, size => Socket.SendBufferSize = size);

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiReadyPollable(_children);

    /// <summary>Closes the socket when the guest drops it; traps while a stream or pollable it made lives (as Wasmtime).</summary>
    public override void Dispose()
    {
        if (!_disposed && _streams > 0)
        {
            throw new InvalidOperationException(
                "resource has children: a `wasi:sockets/udp#udp-socket` was dropped while a datagram stream it made still exists; drop its streams first.");
        }

        if (!_disposed)
        {
            _disposed = true;
            Socket.Dispose();
        }

        _children.ThrowIfAny();
    }

    /// <summary>
    /// Checks a remote address the guest names: valid for the socket (else <c>invalid-argument</c>) and granted (else
    /// <c>access-denied</c>). Returns null when both hold.
    /// </summary>
    public ErrorCode? CheckRemote(IPEndPoint remote) =>
        SocketAddresses.Validate(remote, Socket.AddressFamily, remote: true)
        ?? (Configuration.Grants(SocketUse.Udp, remote) ? null : ErrorCode.AccessDenied);

    /// <summary>One of the socket's datagram streams was dropped.</summary>
    public void StreamDropped() => _streams--;

    /// <summary>The receive under way (started when none is), which completes when a datagram has arrived.</summary>
    public Task<SocketReceiveFromResult> PendingReceive()
    {
        if (_receive is null)
        {
            EndPoint any = Socket.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                ? new IPEndPoint(IPAddress.Any, 0)
                : new IPEndPoint(IPAddress.IPv6Any, 0);
            _receive = Socket.ReceiveFromAsync(new ArraySegment<byte>(_buffer), SocketFlags.None, any);
        }

        return _receive;
    }

    /// <summary>
    /// The datagram received, when one has arrived: its bytes and sender, or null when none has yet. A failed receive
    /// throws its exception (once).
    /// </summary>
    public (byte[] Data, IPEndPoint From)? TakeReceived()
    {
        var receive = PendingReceive();
        if (!receive.IsCompleted)
        {
            return null;
        }

        _receive = null;
        var result = receive.GetAwaiter().GetResult();
        return (_buffer.AsSpan(0, result.ReceivedBytes).ToArray(), (IPEndPoint)result.RemoteEndPoint);
    }
}
