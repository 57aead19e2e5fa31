using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Network;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The calls TCP and UDP sockets share: a host socket operation turned into a <c>wasi:sockets</c> result, a checked
/// bind and the size options.
/// </summary>
internal static class SocketCalls
{
    /// <summary>Success without a value.</summary>
    public static Result<Unit, ErrorCode> Done() => Result<Unit, ErrorCode>.Ok(Unit.Value);

    /// <summary>Failure with <paramref name="code"/>.</summary>
    public static Result<Unit, ErrorCode> Fail(ErrorCode code) => Result<Unit, ErrorCode>.Err(code);

    /// <summary>Runs <paramref name="operation"/>, answering a host socket failure with its error code.</summary>
    public static Result<Unit, ErrorCode> Run(Action operation) => Get(() =>
    {
        operation();
        return Unit.Value;
    });

    /// <summary>
    /// Reads a value with <paramref name="read"/>, answering a host socket failure with its error code and a closed
    /// socket with <c>invalid-state</c>.
    /// </summary>
    public static Result<T, ErrorCode> Get<T>(Func<T> read)
    {
        try
        {
            return Result<T, ErrorCode>.Ok(read());
        }
        catch (SocketException exception)
        {
            return Result<T, ErrorCode>.Err(SocketErrors.ToErrorCode(exception.SocketErrorCode));
        }
        catch (ObjectDisposedException)
        {
            return Result<T, ErrorCode>.Err(ErrorCode.InvalidState);
        }
    }

    /// <summary>
    /// Sets a size option: zero answers <c>invalid-argument</c>; a larger size than .NET takes is clamped.
    /// </summary>
    public static Result<Unit, ErrorCode> SetSize(ulong value, Action<int> set) =>
        value == 0 ? Fail(ErrorCode.InvalidArgument) : Run(() => set((int)Math.Min(value, int.MaxValue)));

    /// <summary>
    /// Binds <paramref name="socket"/> to <paramref name="localAddress"/> when the address is valid for it (else
    /// <c>invalid-argument</c>) and <paramref name="use"/> grants it (else <c>access-denied</c>).
    /// </summary>
    /// <param name="socket">The host socket.</param>
    /// <param name="configuration">The grants of the store that made the socket.</param>
    /// <param name="use">What the bind is for.</param>
    /// <param name="localAddress">The address the guest names.</param>
    /// <param name="reuseAddress">Whether the address may be bound again at once (not on Windows, where it means more).</param>
    public static Result<Unit, ErrorCode> Bind(
        Socket socket, WasiConfiguration configuration, SocketUse use, IpSocketAddress localAddress, bool reuseAddress)
    {
        var endpoint = SocketAddresses.ToEndPoint(localAddress);
        if (SocketAddresses.Validate(endpoint, socket.AddressFamily, remote: false) is { } invalid)
        {
            return Fail(invalid);
        }

        if (!configuration.Grants(use, endpoint))
        {
            return Fail(ErrorCode.AccessDenied);
        }

        return Run(() =>
        {
            if (reuseAddress && !OperatingSystem.IsWindows())
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            socket.Bind(endpoint);
        });
    }
}
