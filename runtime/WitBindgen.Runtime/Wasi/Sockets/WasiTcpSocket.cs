using System.Net;
using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;
using WitBindgen.Runtime.Wasi.Io;
using InputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.InputStream;
using Network = global::WitBindgen.Runtime.Wasi.Bindings.Network.Network;
using OutputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.OutputStream;
using Pollable = global::WitBindgen.Runtime.Wasi.Bindings.Poll.Pollable;
using ShutdownType = global::WitBindgen.Runtime.Wasi.Bindings.Tcp.ShutdownType;
using TcpSocket = global::WitBindgen.Runtime.Wasi.Bindings.Tcp.TcpSocket;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The direct backend's <c>wasi:sockets/tcp#tcp-socket</c> over a .NET <see cref="Socket"/>. It follows WASI's state
/// machine as Wasmtime does: bind, connect and listen each start and finish; <c>finish-connect</c> and <c>accept</c>
/// answer <c>would-block</c> until the host operation is done, which the socket's pollable waits for (no spinning);
/// a call in the wrong state answers <c>invalid-state</c>, <c>not-in-progress</c> or <c>concurrency-conflict</c>.
/// Addresses are checked against the store's grants: binding needs a TCP listen grant, connecting a TCP connect grant.
/// </summary>
internal sealed partial class WasiTcpSocket : TcpSocket
{
    // Wasmtime's default backlog.
    private const int DefaultBacklog = 128;

    private readonly WasiConfiguration _configuration;
    private readonly WasiResourceChildren _children = new("wasi:sockets/tcp#tcp-socket");
    private readonly Socket _socket;
    private readonly IpAddressFamily _family;
    private TcpState _state;
    private Task? _connect;
    private Task<Socket>? _accept;
    private SocketLease? _lease;
    private int _backlog = DefaultBacklog;
    private bool _disposed;

    /// <summary>Creates an unbound socket of <paramref name="family"/> under the grants of <paramref name="configuration"/>.</summary>
    /// <exception cref="SocketException">The host cannot create the socket.</exception>
    public WasiTcpSocket(WasiConfiguration configuration, IpAddressFamily family)
        : this(configuration, family, new Socket(SocketAddresses.ToAddressFamily(family), SocketType.Stream, ProtocolType.Tcp), TcpState.Default)
    {
        if (family == IpAddressFamily.Ipv6)
        {
            _socket.DualMode = false;
        }
    }

    private WasiTcpSocket(WasiConfiguration configuration, IpAddressFamily family, Socket socket, TcpState state)
    {
        _configuration = configuration;
        _family = family;
        _socket = socket;
        _state = state;
    }

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> StartBind(Network network, IpSocketAddress localAddress)
    {
        if (_state != TcpState.Default)
        {
            return SocketCalls.Fail(IsInProgress ? ErrorCode.ConcurrencyConflict : ErrorCode.InvalidState);
        }

        // As Wasmtime: a listener can be bound again at once to the address it had.
        var bound = SocketCalls.Bind(_socket, _configuration, SocketUse.TcpListen, localAddress, reuseAddress: true);
        if (!bound.IsOk)
        {
            return bound;
        }

        _state = TcpState.BindStarted;
        return SocketCalls.Done();
    }

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> FinishBind()
    {
        if (_state != TcpState.BindStarted)
        {
            return SocketCalls.Fail(ErrorCode.NotInProgress);
        }

        _state = TcpState.Bound;
        return SocketCalls.Done();
    }

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> StartConnect(Network network, IpSocketAddress remoteAddress)
    {
        if (_state is not (TcpState.Default or TcpState.Bound))
        {
            return SocketCalls.Fail(IsInProgress ? ErrorCode.ConcurrencyConflict : ErrorCode.InvalidState);
        }

        var endpoint = SocketAddresses.ToEndPoint(remoteAddress);
        if (SocketAddresses.Validate(endpoint, _socket.AddressFamily, remote: true) is { } invalid)
        {
            return SocketCalls.Fail(invalid);
        }

        if (!_configuration.Grants(SocketUse.TcpConnect, endpoint))
        {
            return SocketCalls.Fail(ErrorCode.AccessDenied);
        }

        try
        {
            _connect = _socket.ConnectAsync(endpoint);
        }
        catch (SocketException exception)
        {
            return SocketCalls.Fail(SocketErrors.ToErrorCode(exception.SocketErrorCode));
        }

        _state = TcpState.Connecting;
        return SocketCalls.Done();
    }

    /// <inheritdoc />
    public override Result<(InputStream, OutputStream), ErrorCode> FinishConnect()
    {
        if (_state != TcpState.Connecting || _connect is null)
        {
            return Result<(InputStream, OutputStream), ErrorCode>.Err(ErrorCode.NotInProgress);
        }

        if (!_connect.IsCompleted)
        {
            return Result<(InputStream, OutputStream), ErrorCode>.Err(ErrorCode.WouldBlock);
        }

        var connect = _connect;
        _connect = null;
        if (!connect.IsCompletedSuccessfully)
        {
            _state = TcpState.Closed;
            return Result<(InputStream, OutputStream), ErrorCode>.Err(SocketErrors.ToErrorCode(connect.Exception));
        }

        _state = TcpState.Connected;
        return Result<(InputStream, OutputStream), ErrorCode>.Ok(OpenStreams());
    }

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> StartListen()
    {
        if (_state != TcpState.Bound)
        {
            return SocketCalls.Fail(IsInProgress ? ErrorCode.ConcurrencyConflict : ErrorCode.InvalidState);
        }

        try
        {
            _socket.Listen(_backlog);
        }
        catch (SocketException exception)
        {
            return SocketCalls.Fail(SocketErrors.ToErrorCode(exception.SocketErrorCode));
        }

        _state = TcpState.ListenStarted;
        return SocketCalls.Done();
    }

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> FinishListen()
    {
        if (_state != TcpState.ListenStarted)
        {
            return SocketCalls.Fail(ErrorCode.NotInProgress);
        }

        _state = TcpState.Listening;
        return SocketCalls.Done();
    }

    /// <inheritdoc />
    public override Result<(TcpSocket, InputStream, OutputStream), ErrorCode> Accept()
    {
        if (_state is not (TcpState.ListenStarted or TcpState.Listening))
        {
            return Result<(TcpSocket, InputStream, OutputStream), ErrorCode>.Err(ErrorCode.InvalidState);
        }

        var accept = PendingAccept();
        if (!accept.IsCompleted)
        {
            return Result<(TcpSocket, InputStream, OutputStream), ErrorCode>.Err(ErrorCode.WouldBlock);
        }

        _accept = null;
        if (!accept.IsCompletedSuccessfully)
        {
            return Result<(TcpSocket, InputStream, OutputStream), ErrorCode>.Err(SocketErrors.ToErrorCode(accept.Exception));
        }

        var client = new WasiTcpSocket(_configuration, _family, accept.Result, TcpState.Connected);
        var (input, output) = client.OpenStreams();
        return Result<(TcpSocket, InputStream, OutputStream), ErrorCode>.Ok((client, input, output));
    }

    /// <inheritdoc />
    public override Result<IpSocketAddress, ErrorCode> LocalAddress()
    {
        if (_state is TcpState.Default or TcpState.BindStarted or TcpState.Closed || _socket.LocalEndPoint is not IPEndPoint local)
        {
            return Result<IpSocketAddress, ErrorCode>.Err(ErrorCode.InvalidState);
        }

        return Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(local));
    }

    /// <inheritdoc />
    public override Result<IpSocketAddress, ErrorCode> RemoteAddress()
    {
        if (_state != TcpState.Connected || _socket.RemoteEndPoint is not IPEndPoint remote)
        {
            return Result<IpSocketAddress, ErrorCode>.Err(ErrorCode.InvalidState);
        }

        return Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(remote));
    }

    /// <inheritdoc />
    public override bool IsListening() => _state == TcpState.Listening;

    /// <inheritdoc />
    public override IpAddressFamily AddressFamily() => _family;

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiTaskPollable(
        () => _state switch
        {
            TcpState.Connecting when _connect is { } connect => connect,
            TcpState.ListenStarted or TcpState.Listening => PendingAccept(),
            _ => Task.CompletedTask,
        },
        _children);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> Shutdown(ShutdownType shutdownType)
    {
        if (_state != TcpState.Connected)
        {
            return SocketCalls.Fail(ErrorCode.InvalidState);
        }

        return SocketCalls.Run(() => _socket.Shutdown(shutdownType switch
        {
            ShutdownType.Receive => SocketShutdown.Receive,
            ShutdownType.Send => SocketShutdown.Send,
            _ => SocketShutdown.Both,
        }));
    }

    /// <summary>
    /// Closes the socket when the guest drops it. Its streams and pollables are its children, as in Wasmtime: dropping
    /// it while one lives traps.
    /// </summary>
    public override void Dispose()
    {
        if (!_disposed && _lease is { Holders: > 1 })
        {
            throw new InvalidOperationException(
                "resource has children: a `wasi:sockets/tcp#tcp-socket` was dropped while a stream it made still exists; drop its streams first.");
        }

        if (!_disposed)
        {
            _disposed = true;
            if (_lease is { } lease)
            {
                lease.Release();
            }
            else
            {
                _socket.Dispose();
            }
        }

        _children.ThrowIfAny();
    }

    private bool IsInProgress => _state is TcpState.BindStarted or TcpState.ListenStarted or TcpState.Connecting;

    private Task<Socket> PendingAccept() => _accept ??= _socket.AcceptAsync();

    // The streams of a connected socket: the socket, its input and its output each hold it until dropped (the socket
    // last, since it traps while they live).
    private (InputStream Input, OutputStream Output) OpenStreams()
    {
        _lease = new SocketLease(_socket, 3);
        return (
            new WasiStreamInputStream(new LeasedNetworkStream(_lease), leaveOpen: false, readAhead: true),
            new WasiTcpOutputStream(_lease));
    }
}
