namespace WitBindgen.Runtime.Native;

/// <summary>
/// Advances an engine's epoch on a timer while at least one call with a deadline runs, so interrupting a runaway
/// guest needs no thread per call and costs nothing while no such call is active.
/// </summary>
/// <remarks>
/// It ticks through its own clone of the engine: stores keep the engine alive natively, so a store with a call
/// timeout may still run after its <see cref="WasmEngine"/> was disposed, and its deadline must still pass then.
/// </remarks>
internal sealed class EpochTicker : IDisposable
{
    private readonly EngineHandle _engine;
    private readonly TimeSpan _interval;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private int _users;
    private bool _ticking;
    private int _idleTicks;
    private bool _disposed;

    public EpochTicker(EngineHandle engine, TimeSpan interval)
    {
        nint clone;
        using (var native = engine.Lease())
        {
            clone = NativeMethods.wasmtime_engine_clone(native.Pointer);
        }

        if (clone == 0)
        {
            throw new WitRuntimeException("Wasmtime could not share the engine with the epoch ticker.");
        }

        _engine = new EngineHandle(clone);
        _interval = interval > TimeSpan.Zero ? interval : TimeSpan.FromMilliseconds(5);
        _timer = new Timer(static state => ((EpochTicker)state!).Tick(), this, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Whether the timer is running (it keeps running for a tick or two after the last call needed it).</summary>
    internal bool IsTicking
    {
        get
        {
            lock (_gate)
            {
                return _ticking;
            }
        }
    }

    /// <summary>Starts ticking (if it was idle); pair with <see cref="Release"/>.</summary>
    public void Acquire()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _users++;
            _idleTicks = 0;
            if (!_ticking)
            {
                _ticking = true;
                _timer.Change(_interval, _interval);
            }
        }
    }

    /// <summary>
    /// Ends one user. The timer stops at its second tick with no user rather than here: rescheduling a timer costs
    /// microseconds, far more than a short timed call, and timed calls usually come one after another.
    /// </summary>
    public void Release()
    {
        lock (_gate)
        {
            _users--;
        }
    }

    /// <summary>Advances the epoch once, as the timer does, and stops the timer after two ticks without a user.</summary>
    internal void Tick()
    {
        Advance();
        lock (_gate)
        {
            if (_users > 0 || !_ticking)
            {
                _idleTicks = 0;
                return;
            }

            if (++_idleTicks >= 2 && !_disposed)
            {
                _ticking = false;
                _idleTicks = 0;
                _timer.Change(Timeout.Infinite, Timeout.Infinite);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        using var done = new ManualResetEvent(false);
        if (_timer.Dispose(done))
        {
            done.WaitOne();
        }

        _engine.Dispose();
    }

    private void Advance()
    {
        var added = false;
        try
        {
            _engine.DangerousAddRef(ref added);
            NativeMethods.wasmtime_engine_increment_epoch(_engine.DangerousGetHandle());
        }
        catch (ObjectDisposedException)
        {
            // The engine is gone; nothing left to interrupt.
        }
        finally
        {
            if (added)
            {
                _engine.DangerousRelease();
            }
        }
    }
}
