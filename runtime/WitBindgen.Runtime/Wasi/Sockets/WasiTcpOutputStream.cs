using System.Net.Sockets;
using WitBindgen.Runtime.Wasi.Bindings.Poll;
using WitBindgen.Runtime.Wasi.Bindings.Streams;
using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The output stream of a connected <c>tcp-socket</c>, written in the background as Wasmtime's is: <c>write</c> starts
/// sending and returns at once, <c>check-write</c> permits nothing while a send is under way, the stream's pollable is
/// ready once it is done, and only the blocking forms wait (without spinning). A failed send is reported by the next
/// call as <c>last-operation-failed</c>, whose error carries the socket's error code (<c>network-error-code</c>), and
/// the stream is closed after it.
/// </summary>
internal sealed class WasiTcpOutputStream : OutputStream
{
    /// <summary>What <c>check-write</c> permits when no send is under way.</summary>
    public const int Budget = 64 * 1024;

    private readonly WasiResourceChildren _children = new("wasi:io/streams#output-stream");
    private readonly SocketLease _lease;
    private Task? _sending;
    private bool _closed;
    private bool _disposed;

    /// <summary>Creates the stream, one of the holders of <paramref name="lease"/>.</summary>
    public WasiTcpOutputStream(SocketLease lease) => _lease = lease;

    /// <inheritdoc />
    public override Result<ulong, StreamError> CheckWrite()
    {
        if (TakeFailure() is { } failure)
        {
            return Result<ulong, StreamError>.Err(failure);
        }

        return Result<ulong, StreamError>.Ok(IsSending ? 0UL : Budget);
    }

    /// <inheritdoc />
    public override Result<Unit, StreamError> Write(byte[] contents)
    {
        if (TakeFailure() is { } failure)
        {
            return Result<Unit, StreamError>.Err(failure);
        }

        if (IsSending || contents.Length > Budget)
        {
            throw WasiTrap.Misuse("write exceeded budget");
        }

        Send(contents);
        return Result<Unit, StreamError>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override Result<Unit, StreamError> BlockingWriteAndFlush(byte[] contents)
    {
        if (contents.Length > WasiOutputStream.BlockingLimit)
        {
            throw WasiTrap.Misuse($"Buffer too large for blocking-write-and-flush (expected at most {WasiOutputStream.BlockingLimit})");
        }

        WaitForSend("wasi:io/streams#[method]output-stream.blocking-write-and-flush");
        if (TakeFailure() is { } failure)
        {
            return Result<Unit, StreamError>.Err(failure);
        }

        Send(contents);
        return BlockingFlush();
    }

    /// <inheritdoc />
    public override Result<Unit, StreamError> Flush() =>
        TakeFailure() is { } failure ? Result<Unit, StreamError>.Err(failure) : Result<Unit, StreamError>.Ok(Unit.Value);

    /// <inheritdoc />
    public override Result<Unit, StreamError> BlockingFlush()
    {
        WaitForSend("wasi:io/streams#[method]output-stream.blocking-flush");
        return Flush();
    }

    /// <inheritdoc />
    public override Pollable Subscribe() => new WasiTaskPollable(() => _sending ?? Task.CompletedTask, _children);

    /// <inheritdoc />
    public override Result<Unit, StreamError> WriteZeroes(ulong len) => Write(new byte[(int)Math.Min(len, Budget + 1UL)]);

    /// <inheritdoc />
    public override Result<Unit, StreamError> BlockingWriteZeroesAndFlush(ulong len)
    {
        if (len > WasiOutputStream.BlockingLimit)
        {
            throw WasiTrap.Misuse($"Buffer too large for blocking-write-zeroes-and-flush (expected at most {WasiOutputStream.BlockingLimit})");
        }

        return BlockingWriteAndFlush(new byte[len]);
    }

    /// <inheritdoc />
    public override Result<ulong, StreamError> Splice(InputStream src, ulong len) => SpliceCore(src, len, blocking: false);

    /// <inheritdoc />
    public override Result<ulong, StreamError> BlockingSplice(InputStream src, ulong len) => SpliceCore(src, len, blocking: true);

    /// <summary>
    /// Releases the stream's hold on the socket when the guest drops it (a send under way is abandoned when the socket
    /// closes); traps when a pollable it made still exists.
    /// </summary>
    public override void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _lease.Release();
        }

        _children.ThrowIfAny();
    }

    private bool IsSending => _sending is { IsCompleted: false };

    private void Send(byte[] contents)
    {
        if (contents.Length > 0)
        {
            _sending = SendAllAsync(_lease.Socket, contents);
        }
    }

    private static async Task SendAllAsync(Socket socket, byte[] contents)
    {
        for (var sent = 0; sent < contents.Length;)
        {
            sent += await socket.SendAsync(contents.AsMemory(sent), SocketFlags.None).ConfigureAwait(false);
        }
    }

    private void WaitForSend(string function)
    {
        if (_sending is { IsCompleted: false } sending)
        {
            WasiWait.Any([sending], function);
        }
    }

    // closed once the stream failed; last-operation-failed (once) when the last send failed; else null.
    private StreamError? TakeFailure()
    {
        if (_closed)
        {
            return new StreamError.Closed();
        }

        if (_sending is not { IsCompleted: true, IsCompletedSuccessfully: false } failed)
        {
            return null;
        }

        _closed = true;
        _sending = null;
        var exception = failed.Exception?.InnerException;
        var code = SocketErrors.ToErrorCode(exception);
        return new StreamError.LastOperationFailed(new WasiError($"write failed: {code}", code, exception));
    }

    private Result<ulong, StreamError> SpliceCore(InputStream src, ulong len, bool blocking)
    {
        if (blocking)
        {
            WaitForSend("wasi:io/streams#[method]output-stream.blocking-splice");
        }

        if (TakeFailure() is { } failure)
        {
            return Result<ulong, StreamError>.Err(failure);
        }

        var count = IsSending ? 0UL : Math.Min(len, (ulong)Budget);
        if (count == 0)
        {
            return Result<ulong, StreamError>.Ok(0);
        }

        var read = blocking ? src.BlockingRead(count) : src.Read(count);
        if (read.IsErr)
        {
            return Result<ulong, StreamError>.Err(read.Error);
        }

        Send(read.Value);
        if (blocking)
        {
            WaitForSend("wasi:io/streams#[method]output-stream.blocking-splice");
        }

        return Result<ulong, StreamError>.Ok((ulong)read.Value.Length);
    }
}
