using System.Runtime.CompilerServices;
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
/// runs on), so a guest reading in equal chunks costs no allocation per read. The direct backend's <c>read</c> and
/// <c>blocking-read</c> go through <see cref="ReadInto{TTarget}"/> instead, straight into the guest's memory.
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

    /// <summary>
    /// Whether a read needs the calling store's resource scope: to wait for data, or to reach the store's WASI state.
    /// A stream that is always readable and reads only from what it holds says false, and its reads run outside one.
    /// </summary>
    public virtual bool ReadsInScope => true;

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
    public sealed override Result<byte[], StreamError> Read(ulong len) => ReadArray(len, blocking: false);

    /// <inheritdoc />
    public sealed override Result<byte[], StreamError> BlockingRead(ulong len) => ReadArray(len, blocking: true);

    /// <inheritdoc />
    public sealed override Result<ulong, StreamError> Skip(ulong len) => SkipCore(len, blocking: false);

    /// <inheritdoc />
    public sealed override Result<ulong, StreamError> BlockingSkip(ulong len) => SkipCore(len, blocking: true);

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

    /// <summary>
    /// Reads as <c>read</c> (or, when <paramref name="blocking"/>, <c>blocking-read</c>) does, into the span
    /// <paramref name="target"/> gives: the number of bytes read into it (at most <paramref name="len"/>, capped at
    /// <see cref="MaxRead"/>), or the error. The target is asked for its span only once the stream is open and, when
    /// blocking, readable; an error may still follow (the end of the stream, a failed read).
    /// </summary>
    public Result<int, StreamError> ReadInto<TTarget>(ulong len, bool blocking, ref TTarget target)
        where TTarget : struct, IWasiReadTarget
    {
        if (_closed)
        {
            return Closed();
        }

        var length = (int)Math.Min(len, MaxRead);
        for (var attempt = 0; ; attempt++)
        {
            if (blocking && !IsReadable)
            {
                WaitReadable();
            }

            var buffer = target.Span(length);
            int count;
            try
            {
                count = ReadAvailable(buffer);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
            {
                return Failed(exception);
            }

            if (count < 0)
            {
                _closed = true;
                return Closed();
            }

            if (count > 0 || !blocking || length == 0)
            {
                return Result<int, StreamError>.Ok(count);
            }

            if (attempt >= MaxBlockingAttempts)
            {
                throw WasiTrap.Misuse("max blocking attempts exceeded");
            }
        }
    }

    // The paths a read rarely takes, kept out of line so that the hot path of the callers that inline ReadInto stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Result<int, StreamError> Closed() => Result<int, StreamError>.Err(new StreamError.Closed());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Result<int, StreamError> Failed(Exception exception)
    {
        _closed = true;
        return Result<int, StreamError>.Err(new StreamError.LastOperationFailed(WasiError.FromIOException(exception, "read")));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WaitReadable() => WasiWait.Any([WhenReadable()], "wasi:io/streams#[method]input-stream.blocking-read");

    private Result<ulong, StreamError> SkipCore(ulong len, bool blocking)
    {
        var target = new BufferTarget();
        var read = ReadInto(len, blocking, ref target);
        return read.IsOk ? Result<ulong, StreamError>.Ok((ulong)read.Value) : Result<ulong, StreamError>.Err(read.Error);
    }

    // A read into the store's read buffer, returned as the list when it fills the length asked.
    private Result<byte[], StreamError> ReadArray(ulong len, bool blocking)
    {
        var target = new BufferTarget();
        var read = ReadInto(len, blocking, ref target);
        if (read.IsErr)
        {
            return Result<byte[], StreamError>.Err(read.Error);
        }

        var buffer = target.Buffer!;
        return Result<byte[], StreamError>.Ok(read.Value == buffer.Length ? buffer : buffer.AsSpan(0, read.Value).ToArray());
    }

    private struct BufferTarget : IWasiReadTarget
    {
        public byte[]? Buffer;

        public Span<byte> Span(int length) => Buffer ??= WasiReadBuffer.Rent(length);
    }
}
