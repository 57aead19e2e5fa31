using WitBindgen.Runtime.Wasi.Bindings.Poll;
using WitBindgen.Runtime.Wasi.Bindings.Streams;

namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The base of every <c>wasi:io/streams#output-stream</c> of the direct backend's WASI, over a sink that takes each
/// write at once. It keeps WASI's contract as Wasmtime's streams do: <c>check-write</c> permits
/// <see cref="Budget"/> bytes, a write beyond the permit traps, the blocking forms take at most 4096 bytes (more
/// traps), and a failed write or flush returns <c>last-operation-failed</c> once and <c>closed</c> after it.
/// </summary>
internal abstract class WasiOutputStream : OutputStream
{
    /// <summary>The most <c>blocking-write-and-flush</c> and <c>blocking-write-zeroes-and-flush</c> take.</summary>
    public const int BlockingLimit = 4096;

    private readonly WasiResourceChildren _children = new("wasi:io/streams#output-stream");
    private bool _closed;
    private bool _disposed;

    /// <summary>Creates a stream that permits <paramref name="budget"/> bytes per <c>check-write</c>.</summary>
    protected WasiOutputStream(int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budget);
        Budget = budget;
    }

    /// <summary>What <c>check-write</c> permits: Wasmtime permits 8192 bytes for captured standard output, 1 MiB when inherited.</summary>
    public int Budget { get; }

    /// <summary>Writes <paramref name="bytes"/> to the sink; a failure throws (an <see cref="IOException"/>, for example).</summary>
    protected abstract void WriteCore(ReadOnlySpan<byte> bytes);

    /// <summary>Flushes the sink; a failure throws.</summary>
    protected virtual void FlushCore()
    {
    }

    /// <summary>Releases what the stream holds when the guest drops it.</summary>
    protected virtual void Release()
    {
    }

    /// <inheritdoc />
    public sealed override Result<ulong, StreamError> CheckWrite() =>
        _closed ? Closed<ulong>() : Result<ulong, StreamError>.Ok((ulong)Budget);

    /// <inheritdoc />
    public sealed override Result<Unit, StreamError> Write(byte[] contents) => Write(contents.AsSpan());

    /// <inheritdoc />
    public sealed override Result<Unit, StreamError> BlockingWriteAndFlush(byte[] contents) => BlockingWriteAndFlush(contents.AsSpan());

    /// <summary>
    /// <c>write</c> of <paramref name="contents"/>, which may lie in the guest's memory: the sink takes them during the
    /// call and copies what it keeps.
    /// </summary>
    public Result<Unit, StreamError> Write(ReadOnlySpan<byte> contents)
    {
        if (_closed)
        {
            return Closed<Unit>();
        }

        if (contents.Length > Budget)
        {
            throw WasiTrap.Misuse("write exceeded budget");
        }

        return Perform(contents, flush: false, "write");
    }

    /// <summary>
    /// <c>blocking-write-and-flush</c> of <paramref name="contents"/>, which may lie in the guest's memory: the sink
    /// takes them during the call and copies what it keeps.
    /// </summary>
    public Result<Unit, StreamError> BlockingWriteAndFlush(ReadOnlySpan<byte> contents)
    {
        if (contents.Length > BlockingLimit)
        {
            throw WasiTrap.Misuse($"Buffer too large for blocking-write-and-flush (expected at most {BlockingLimit})");
        }

        return WriteAndFlush(contents);
    }

    /// <inheritdoc />
    public sealed override Result<Unit, StreamError> Flush() => _closed ? Closed<Unit>() : Perform([], flush: true, "flush");

    /// <inheritdoc />
    public sealed override Result<Unit, StreamError> BlockingFlush() => Flush();

    /// <inheritdoc />
    public sealed override Pollable Subscribe() => new WasiReadyPollable(_children);

    /// <inheritdoc />
    public sealed override Result<Unit, StreamError> WriteZeroes(ulong len)
    {
        if (_closed)
        {
            return Closed<Unit>();
        }

        if (len > (ulong)Budget)
        {
            throw WasiTrap.Misuse("cannot write more zeroes than `check_write` allows");
        }

        return Perform(new byte[len], flush: false, "write");
    }

    /// <inheritdoc />
    public sealed override Result<Unit, StreamError> BlockingWriteZeroesAndFlush(ulong len)
    {
        if (len > BlockingLimit)
        {
            throw WasiTrap.Misuse($"Buffer too large for blocking-write-zeroes-and-flush (expected at most {BlockingLimit})");
        }

        return WriteAndFlush(new byte[len]);
    }

    /// <inheritdoc />
    public sealed override Result<ulong, StreamError> Splice(InputStream src, ulong len) => SpliceCore(src, len, blocking: false);

    /// <inheritdoc />
    public sealed override Result<ulong, StreamError> BlockingSplice(InputStream src, ulong len) => SpliceCore(src, len, blocking: true);

    /// <summary>Releases the stream when the guest drops it; traps when a pollable it made still exists.</summary>
    public sealed override void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Release();
        }

        _children.ThrowIfAny();
    }

    private static Result<T, StreamError> Closed<T>() => Result<T, StreamError>.Err(new StreamError.Closed());

    // As Wasmtime's splice: as much as both the permit and the source allow now (or, blocking, once each is ready).
    private Result<ulong, StreamError> SpliceCore(InputStream src, ulong len, bool blocking)
    {
        if (_closed)
        {
            return Closed<ulong>();
        }

        var count = Math.Min(len, (ulong)Budget);
        if (count == 0)
        {
            return Result<ulong, StreamError>.Ok(0);
        }

        var read = blocking ? src.BlockingRead(count) : src.Read(count);
        if (read.IsErr)
        {
            return Result<ulong, StreamError>.Err(read.Error);
        }

        var contents = read.Value;
        if (contents.Length == 0)
        {
            return Result<ulong, StreamError>.Ok(0);
        }

        var written = blocking ? WriteAndFlush(contents) : Perform(contents, flush: false, "write");
        return written.IsOk ? Result<ulong, StreamError>.Ok((ulong)contents.Length) : Result<ulong, StreamError>.Err(written.Error);
    }

    private Result<Unit, StreamError> WriteAndFlush(ReadOnlySpan<byte> contents) => _closed ? Closed<Unit>() : Perform(contents, flush: true, "write");

    // Writes the bytes in pieces of at most the permit, then flushes when asked; a failure closes the stream, which
    // reports once as last-operation-failed of `operation`.
    private Result<Unit, StreamError> Perform(ReadOnlySpan<byte> bytes, bool flush, string operation)
    {
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += Budget)
            {
                WriteCore(bytes.Slice(offset, Math.Min(Budget, bytes.Length - offset)));
            }

            if (flush)
            {
                FlushCore();
            }

            return Result<Unit, StreamError>.Ok(Unit.Value);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
        {
            _closed = true;
            return Result<Unit, StreamError>.Err(new StreamError.LastOperationFailed(WasiError.FromIOException(exception, operation)));
        }
    }
}
