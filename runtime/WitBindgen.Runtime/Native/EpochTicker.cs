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

    /// <summary>Starts ticking (if it was idle); pair with <see cref="Release"/>.</summary>
    public void Acquire()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_users++ == 0)
            {
                _timer.Change(_interval, _interval);
            }
        }
    }

    /// <summary>Stops ticking once no call needs it.</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (--_users == 0 && !_disposed)
            {
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

    private void Tick()
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
