using WitBindgen.Runtime.Wasi.Bindings.Network;
using TcpSocket = global::WitBindgen.Runtime.Wasi.Bindings.Tcp.TcpSocket;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The direct backend's <c>wasi:sockets/tcp-create-socket</c>.</summary>
internal sealed class TcpCreateSocketHost : global::WitBindgen.Runtime.Wasi.Bindings.TcpCreateSocket.ITcpCreateSocket
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TcpCreateSocketHost Instance = new();

    /// <summary>
    /// A new TCP socket, or <c>access-denied</c> when the store grants no TCP use at all (as Wasmtime refuses a
    /// socket when TCP is not allowed).
    /// </summary>
    public Result<TcpSocket, ErrorCode> CreateTcpSocket(IpAddressFamily addressFamily)
    {
        var configuration = WasiContext.Current.Configuration;
        if (!configuration.GrantsAny(SocketUse.TcpConnect) && !configuration.GrantsAny(SocketUse.TcpListen))
        {
            return Result<TcpSocket, ErrorCode>.Err(ErrorCode.AccessDenied);
        }

        try
        {
            return Result<TcpSocket, ErrorCode>.Ok(new WasiTcpSocket(configuration, addressFamily));
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            return Result<TcpSocket, ErrorCode>.Err(SocketErrors.ToErrorCode(exception.SocketErrorCode));
        }
    }
}
