using WitBindgen.Runtime.Wasi.Bindings.Network;
using UdpSocket = global::WitBindgen.Runtime.Wasi.Bindings.Udp.UdpSocket;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The direct backend's <c>wasi:sockets/udp-create-socket</c>.</summary>
internal sealed class UdpCreateSocketHost : global::WitBindgen.Runtime.Wasi.Bindings.UdpCreateSocket.IUdpCreateSocket
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly UdpCreateSocketHost Instance = new();

    /// <summary>A new UDP socket, or <c>access-denied</c> when the store grants no UDP use.</summary>
    public Result<UdpSocket, ErrorCode> CreateUdpSocket(IpAddressFamily addressFamily)
    {
        var configuration = WasiContext.Current.Configuration;
        if (!configuration.GrantsAny(SocketUse.Udp))
        {
            return Result<UdpSocket, ErrorCode>.Err(ErrorCode.AccessDenied);
        }

        try
        {
            return Result<UdpSocket, ErrorCode>.Ok(new WasiUdpSocket(configuration, addressFamily));
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            return Result<UdpSocket, ErrorCode>.Err(SocketErrors.ToErrorCode(exception.SocketErrorCode));
        }
    }
}
