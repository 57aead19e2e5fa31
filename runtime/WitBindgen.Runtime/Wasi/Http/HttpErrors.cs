using System.Net.Sockets;
using System.Security.Authentication;
using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// The <c>error-code</c> a guest gets for a failure of the host's HTTP stack. Only the kind of failure crosses over:
/// the exception's text (which may name hosts, addresses or the host's configuration) stays on the host.
/// </summary>
internal static class HttpErrors
{
    /// <summary>Which of a request's timeouts ended it.</summary>
    public enum Timeout
    {
        /// <summary>No timeout: the request was cancelled otherwise or failed.</summary>
        None,

        /// <summary>The connect timeout.</summary>
        Connect,

        /// <summary>The first-byte timeout (waiting for the response's headers).</summary>
        FirstByte,

        /// <summary>The between-bytes timeout (waiting for the next part of the body).</summary>
        BetweenBytes,
    }

    /// <summary>The error code for <paramref name="exception"/>, thrown while <paramref name="timeout"/> had elapsed (if any).</summary>
    public static ErrorCode FromException(Exception exception, Timeout timeout = Timeout.None)
    {
        switch (timeout)
        {
            case Timeout.Connect:
                return new ErrorCode.ConnectionTimeout();
            case Timeout.FirstByte:
                return new ErrorCode.HttpResponseTimeout();
            case Timeout.BetweenBytes:
                return new ErrorCode.ConnectionReadTimeout();
        }

        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return FromSocketError(socket.SocketErrorCode);
            }

            if (inner is AuthenticationException)
            {
                return new ErrorCode.TlsProtocolError();
            }
        }

        if (exception is HttpRequestException http)
        {
            return http.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => DnsFailure(),
                HttpRequestError.ConnectionError => new ErrorCode.ConnectionRefused(),
                HttpRequestError.SecureConnectionError => new ErrorCode.TlsProtocolError(),
                HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse => new ErrorCode.HttpProtocolError(),
                HttpRequestError.ResponseEnded => new ErrorCode.HttpResponseIncomplete(),
                HttpRequestError.ConfigurationLimitExceeded => new ErrorCode.HttpResponseHeaderSectionSize(null),
                HttpRequestError.VersionNegotiationError => new ErrorCode.HttpProtocolError(),
                _ => new ErrorCode.InternalError("the host's HTTP handler failed"),
            };
        }

        if (exception is TimeoutException)
        {
            return new ErrorCode.ConnectionTimeout();
        }

        if (exception is IOException)
        {
            return new ErrorCode.ConnectionTerminated();
        }

        return new ErrorCode.InternalError("the host's HTTP handler failed");
    }

    /// <summary>The error code for a socket error, as Wasmtime maps its I/O errors.</summary>
    public static ErrorCode FromSocketError(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => new ErrorCode.ConnectionRefused(),
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => DnsFailure(),
        SocketError.TimedOut => new ErrorCode.ConnectionTimeout(),
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown => new ErrorCode.ConnectionTerminated(),
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown => new ErrorCode.DestinationUnavailable(),
        SocketError.AddressNotAvailable => new ErrorCode.DestinationIpUnroutable(),
        SocketError.AccessDenied => new ErrorCode.DestinationIpProhibited(),
        _ => new ErrorCode.ConnectionTerminated(),
    };

    /// <summary>Whether <paramref name="exception"/> is a body read that ended at the between-bytes timeout.</summary>
    public static bool IsBetweenBytesTimeout(Exception exception) =>
        exception is IOException { InnerException: TimeoutException };

    // Wasmtime reports a failed lookup as dns-error with this rcode and info code.
    private static ErrorCode.DnsError DnsFailure() => new(new DnsErrorPayload("address not available", 0));
}
