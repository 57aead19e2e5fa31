using System.Net.Sockets;
using ErrorCode = global::WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The <c>wasi:sockets/network#error-code</c> of a host socket failure, as Wasmtime maps the OS errors.</summary>
internal static class SocketErrors
{
    /// <summary>The code of <paramref name="error"/>.</summary>
    public static ErrorCode ToErrorCode(SocketError error) => error switch
    {
        SocketError.AccessDenied => ErrorCode.AccessDenied,
        SocketError.AddressAlreadyInUse => ErrorCode.AddressInUse,
        SocketError.AddressNotAvailable => ErrorCode.AddressNotBindable,
        SocketError.ConnectionRefused => ErrorCode.ConnectionRefused,
        SocketError.ConnectionReset => ErrorCode.ConnectionReset,
        SocketError.ConnectionAborted or SocketError.OperationAborted or SocketError.Shutdown => ErrorCode.ConnectionAborted,
        SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.NetworkDown => ErrorCode.RemoteUnreachable,
        SocketError.TimedOut => ErrorCode.Timeout,
        SocketError.MessageSize => ErrorCode.DatagramTooLarge,
        SocketError.WouldBlock or SocketError.IOPending => ErrorCode.WouldBlock,
        SocketError.InvalidArgument => ErrorCode.InvalidArgument,
        SocketError.NoBufferSpaceAvailable => ErrorCode.OutOfMemory,
        SocketError.TooManyOpenSockets => ErrorCode.NewSocketLimit,
        SocketError.AddressFamilyNotSupported or SocketError.ProtocolNotSupported or SocketError.OperationNotSupported
            or SocketError.SocketNotSupported or SocketError.ProtocolFamilyNotSupported => ErrorCode.NotSupported,
        SocketError.IsConnected or SocketError.NotConnected or SocketError.AlreadyInProgress => ErrorCode.InvalidState,
        SocketError.HostNotFound or SocketError.NoData => ErrorCode.NameUnresolvable,
        SocketError.TryAgain => ErrorCode.TemporaryResolverFailure,
        SocketError.NoRecovery => ErrorCode.PermanentResolverFailure,
        _ => ErrorCode.Unknown,
    };

    /// <summary>
    /// The code of a failed host operation: a <see cref="SocketException"/> (also inside an <see cref="IOException"/> or
    /// an <see cref="AggregateException"/>) by its error, a closed socket as aborted, anything else unknown.
    /// </summary>
    public static ErrorCode ToErrorCode(Exception? exception) => exception switch
    {
        SocketException socket => ToErrorCode(socket.SocketErrorCode),
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => ToErrorCode(aggregate.InnerException),
        IOException { InnerException: { } inner } => ToErrorCode(inner),
        ObjectDisposedException => ErrorCode.ConnectionAborted,
        _ => ErrorCode.Unknown,
    };
}
