#pragma warning disable WIT_network_error_code // implementing the function generated for an @unstable feature

using WitBindgen.Runtime.Wasi.Io;
using Error = global::WitBindgen.Runtime.Wasi.Bindings.Error.Error;
using ErrorCode = global::WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The direct backend's <c>wasi:sockets/network</c>.</summary>
internal sealed class NetworkHost : global::WitBindgen.Runtime.Wasi.Bindings.Network.INetwork
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly NetworkHost Instance = new();

    /// <summary>
    /// The socket error behind a stream error: its code when a TCP stream's read or write failed on the socket, else
    /// none (an error of another package, or one with no socket failure behind it).
    /// </summary>
    public ErrorCode? NetworkErrorCode(Error err) => err switch
    {
        WasiError { Detail: ErrorCode code } => code,
        WasiError { Cause: { } cause } when SocketErrors.ToErrorCode(cause) is var code && code != ErrorCode.Unknown => code,
        _ => null,
    };
}
