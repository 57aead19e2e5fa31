using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The socket options of <c>tcp-socket</c>: backlog, keep-alive, hop limit and buffer sizes.</summary>
internal sealed partial class WasiTcpSocket
{
    private const long NanosecondsPerSecond = 1_000_000_000;

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetListenBacklogSize(ulong value)
    {
        if (value == 0)
        {
            return SocketCalls.Fail(ErrorCode.InvalidArgument);
        }

        if (_state is TcpState.Connecting or TcpState.Connected or TcpState.Closed)
        {
            return SocketCalls.Fail(ErrorCode.InvalidState);
        }

        _backlog = (int)Math.Min(value, int.MaxValue);
        return _state == TcpState.Listening ? SocketCalls.Run(() => _socket.Listen(_backlog)) : SocketCalls.Done();
    }

    /// <inheritdoc />
    public override Result<bool, ErrorCode> KeepAliveEnabled() =>
        SocketCalls.Get(() => (int)_socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive)! != 0);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetKeepAliveEnabled(bool value) =>
        SocketCalls.Run(() => _socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, value));

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> KeepAliveIdleTime() => GetSeconds(SocketOptionName.TcpKeepAliveTime);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetKeepAliveIdleTime(ulong value) => SetSeconds(SocketOptionName.TcpKeepAliveTime, value);

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> KeepAliveInterval() => GetSeconds(SocketOptionName.TcpKeepAliveInterval);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetKeepAliveInterval(ulong value) => SetSeconds(SocketOptionName.TcpKeepAliveInterval, value);

    /// <inheritdoc />
    public override Result<uint, ErrorCode> KeepAliveCount() =>
        SocketCalls.Get(() => (uint)(int)_socket.GetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount)!);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetKeepAliveCount(uint value) => value == 0
        ? SocketCalls.Fail(ErrorCode.InvalidArgument)
        : SocketCalls.Run(() => _socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount, (int)Math.Min(value, 127u)));

    /// <inheritdoc />
    public override Result<byte, ErrorCode> HopLimit() => SocketCalls.Get(() => (byte)_socket.Ttl);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetHopLimit(byte value) =>
        value == 0 ? SocketCalls.Fail(ErrorCode.InvalidArgument) : SocketCalls.Run(() => _socket.Ttl = value);

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> ReceiveBufferSize() => SocketCalls.Get(() => (ulong)_socket.ReceiveBufferSize);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetReceiveBufferSize(ulong value) =>
        SocketCalls.SetSize(value, size => _socket.ReceiveBufferSize = size);

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> SendBufferSize() => SocketCalls.Get(() => (ulong)_socket.SendBufferSize);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetSendBufferSize(ulong value) =>
        SocketCalls.SetSize(value, size => _socket.SendBufferSize = size);

    private Result<ulong, ErrorCode> GetSeconds(SocketOptionName option) =>
        SocketCalls.Get(() => (ulong)(int)_socket.GetSocketOption(SocketOptionLevel.Tcp, option)! * NanosecondsPerSecond);

    // A duration in nanoseconds, rounded up to whole seconds and kept within what the OS takes (as Wasmtime).
    private Result<Unit, ErrorCode> SetSeconds(SocketOptionName option, ulong nanoseconds)
    {
        if (nanoseconds == 0)
        {
            return SocketCalls.Fail(ErrorCode.InvalidArgument);
        }

        var seconds = (int)Math.Clamp((nanoseconds + NanosecondsPerSecond - 1) / NanosecondsPerSecond, 1UL, (ulong)short.MaxValue);
        return SocketCalls.Run(() => _socket.SetSocketOption(SocketOptionLevel.Tcp, option, seconds));
    }
}
