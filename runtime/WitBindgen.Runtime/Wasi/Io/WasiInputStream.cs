using WitBindgen.Runtime.Wasi.Bindings.Poll;
using WitBindgen.Runtime.Wasi.Bindings.Streams;

namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The base of every <c>wasi:io/streams#input-stream</c> of the direct backend's WASI. A derived class says what
/// can be read now without blocking and when more will be; this class implements the WIT methods over that as
/// Wasmtime's streams behave: reads return at most <see cref="MaxRead"/> bytes, possibly none; the blocking forms
/// wait (without spinning) until data or the end arrives; the end or a failed read closes the stream.
/// </summary>
/// <remarks>
/// A read that fills the length asked returns the store's read buffer (<see cref="WasiReadBuffer"/>), which the next
/// read fills again: its caller copies it out first (the bindings lower it into the guest's memory before the guest
/// runs on), so a guest reading in equal chunks costs no allocation per read.
/// </remarks>
internal abstract class WasiInputStream : InputStream
{
    /// <summary>The most one read returns (Wasmtime's limit too), so a guest's length never sizes an allocation.</summary>
    public const int MaxRead = 64 * 1024;

    // Wasmtime's bound on waits that end with nothing to read, beyond which a blocking read traps.
    private const int MaxBlockingAttempts = 10;

    private readonly WasiResourceChildren _children = new("wasi:io/streams#input-stream");
    private bool _closed;
    private bool _disposed;

    /// <summary>Whether <see cref="ReadAvailable"/> would return something other than 0 now.</summary>
    protected abstract bool IsReadable { get; }

    /// <summary>
    /// Copies the bytes available now into <paramref name="buffer"/> without blocking: their count, 0 when none is
    /// available yet (or the buffer is empty), or -1 at the end of the stream. A failure throws (an
    /// <see cref="IOException"/>, for example), which closes the stream.
    /// </summary>
    protected abstract int ReadAvailable(Span<byte> buffer);

    /// <summary>A task that completes once <see cref="IsReadable"/> is true.</summary>
    protected abstract Task WhenReadable();

    /// <inheritdoc />
    public sealed override Result<byte[], StreamError> Read(ulong len) => ReadCore(len, blocking: false);

    /// <inheritdoc />
    public sealed override Result<byte[], StreamError> BlockingRead(ulong len) => ReadCore(len, blocking: true);

    /// <inheritdoc />
    public sealed override Result<ulong, StreamError> Skip(ulong len) => Count(ReadCore(len, blocking: false));

    /// <inheritdoc />
    public sealed override Result<ulong, StreamError> BlockingSkip(ulong len) => Count(ReadCore(len, blocking: true));

    /// <inheritdoc />
    public sealed override Pollable Subscribe() =>
        new WasiTaskPollable(() => _closed || IsReadable ? Task.CompletedTask : WhenReadable(), _children);

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

    /// <summary>Releases what the stream holds (its host stream) when the guest drops it.</summary>
    protected virtual void Release()
    {
    }

    private static Result<ulong, StreamError> Count(Result<byte[], StreamError> read) =>
        read.IsOk ? Result<ulong, StreamError>.Ok((ulong)read.Value.Length) : Result<ulong, StreamError>.Err(read.Error);

    private Result<byte[], StreamError> ReadCore(ulong len, bool blocking)
    {
        if (_closed)
        {
            return Result.Err<StreamError>(new StreamError.Closed());
        }

        var buffer = WasiReadBuffer.Rent((int)Math.Min(len, MaxRead));
        for (var attempt = 0; ; attempt++)
        {
            if (blocking && !IsReadable)
            {
                WasiWait.Any([WhenReadable()], "wasi:io/streams#[method]input-stream.blocking-read");
            }

            int count;
            try
            {
                count = ReadAvailable(buffer);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
            {
                _closed = true;
                return Result.Err<StreamError>(new StreamError.LastOperationFailed(WasiError.FromIOException(exception, "read")));
            }

            if (count < 0)
            {
                _closed = true;
                return Result.Err<StreamError>(new StreamError.Closed());
            }

            if (count > 0 || !blocking || buffer.Length == 0)
            {
                return Result.Ok(count == buffer.Length ? buffer : buffer.AsSpan(0, count).ToArray());
            }

            if (attempt >= MaxBlockingAttempts)
            {
                throw WasiTrap.Misuse("max blocking attempts exceeded");
            }
        }
    }
}
