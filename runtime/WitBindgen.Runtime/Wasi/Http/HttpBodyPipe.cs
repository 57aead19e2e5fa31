namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// Carries a body a guest writes (through an <c>outgoing-body</c>'s output stream) to the .NET side that reads it
/// as a <see cref="Stream"/>: the content of a request sent through the host's handler, or of a response a proxy
/// component returns. Once <see cref="Start"/> is called (the reader exists), a write waits while
/// <see cref="Limit"/> bytes are unread, so a body never sits whole in memory; before that, writes are kept.
/// </summary>
internal sealed class HttpBodyPipe : AsyncReadOnlyStream
{
    /// <summary>How many unread bytes a write waits on once the reader exists.</summary>
    public const int Limit = 1024 * 1024;

    private readonly object _gate = new();
    private readonly Queue<byte[]> _chunks = new();
    private int _buffered;
    private int _headOffset;
    private bool _started;
    private bool _completed;
    private bool _readerGone;
    private Exception? _error;
    private TaskCompletionSource? _dataWaiter;

    /// <summary>The most bytes that were ever written and not yet read: what the body held in memory at most.</summary>
    public long MaxBuffered { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public long Written { get; private set; }

    /// <summary>The reader exists: from now on a write waits while <see cref="Limit"/> bytes are unread.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _started = true;
        }
    }

    /// <summary>Adds bytes, waiting while the reader is behind; throws <see cref="IOException"/> once nobody reads.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        lock (_gate)
        {
            while (_started && _buffered >= Limit && !_readerGone)
            {
                Monitor.Wait(_gate);
            }

            if (_readerGone || _completed)
            {
                throw new IOException("The body is no longer read.");
            }

            if (copy.Length == 0)
            {
                return;
            }

            _chunks.Enqueue(copy);
            _buffered += copy.Length;
            MaxBuffered = Math.Max(MaxBuffered, _buffered);
            Written += copy.Length;
            Signal();
        }
    }

    /// <summary>Ends the body: the reader sees its end, or, with <paramref name="error"/>, fails with it.</summary>
    public void Complete(Exception? error = null)
    {
        lock (_gate)
        {
            if (!_completed)
            {
                _completed = true;
                _error = error;
                Signal();
            }
        }
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                if (_chunks.Count > 0)
                {
                    return Take(buffer.Span);
                }

                if (_completed)
                {
                    return _error is null ? 0 : throw new IOException("The body was not finished.", _error);
                }

                _dataWaiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _dataWaiter.Task;
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The reader is done: a waiting or later write fails.</summary>
    protected override void Dispose(bool disposing)
    {
        lock (_gate)
        {
            _readerGone = true;
            _chunks.Clear();
            _buffered = 0;
            Monitor.PulseAll(_gate);
        }

        base.Dispose(disposing);
    }

    private int Take(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && _chunks.Count > 0)
        {
            var head = _chunks.Peek();
            var count = Math.Min(buffer.Length - total, head.Length - _headOffset);
            head.AsSpan(_headOffset, count).CopyTo(buffer[total..]);
            total += count;
            _headOffset += count;
            if (_headOffset == head.Length)
            {
                _chunks.Dequeue();
                _headOffset = 0;
            }
        }

        _buffered -= total;
        Monitor.PulseAll(_gate);
        return total;
    }

    private void Signal()
    {
        _dataWaiter?.TrySetResult();
        _dataWaiter = null;
    }
}
