using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>Limits, deadlines and the one-thread-at-a-time rule of a store.</summary>
public sealed partial class ComponentStore
{
    private readonly InterruptState _interrupt = new();
    private StoreLimits? _limits;
    private TimeSpan? _callTimeout;
    private int _ownerThread;
    private int _depth;
    private bool _releaseOnExit;
    private bool _deadlineCallbackInstalled;

    /// <summary>
    /// Caps on memory, tables and instances for everything instantiated in this store from now on (see
    /// <see cref="StoreLimits"/>). Null: Wasmtime's defaults.
    /// </summary>
    public StoreLimits? Limits
    {
        get => _limits;
        set
        {
            Enter("setting the store limits");
            try
            {
                var limits = value ?? new StoreLimits();
                NativeMethods.wasmtime_store_limiter(
                    Handle.DangerousGetHandle(), // kept alive by Enter
                    limits.MaxMemoryBytes ?? -1,
                    limits.MaxTableElements ?? -1,
                    limits.MaxInstances ?? -1,
                    limits.MaxTables ?? -1,
                    limits.MaxMemories ?? -1);
                _limits = value;
            }
            finally
            {
                Exit();
            }
        }
    }

    /// <summary>
    /// The longest any one call into this store (and any instantiation) may run before the runtime interrupts the
    /// guest with <see cref="WitTimeoutException"/>; null (default): no limit. Requires
    /// <see cref="WasmEngineOptions.EpochInterruption"/>. Applies to the calls generated bindings make, too.
    /// </summary>
    public TimeSpan? CallTimeout
    {
        get => _callTimeout;
        set
        {
            if (value is { } timeout)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(value));
                RequireEpochInterruption();
            }

            _callTimeout = value;
        }
    }

    /// <summary>
    /// A token that interrupts every call into this store with <see cref="WitCallCanceledException"/> once canceled;
    /// default: none. Requires <see cref="WasmEngineOptions.EpochInterruption"/>.
    /// </summary>
    public CancellationToken CallCancellation
    {
        get => _interrupt.DefaultToken;
        set
        {
            if (value.CanBeCanceled)
            {
                RequireEpochInterruption();
            }

            _interrupt.DefaultToken = value;
        }
    }

    /// <summary>
    /// Gives the calls made until the returned scope is disposed a timeout and/or a cancellation token, overriding
    /// <see cref="CallTimeout"/> and <see cref="CallCancellation"/> (restored on dispose). For example around a
    /// generated binding's method: <c>using (store.BeginCallScope(TimeSpan.FromSeconds(1), request.Aborted)) plugin.Run();</c>
    /// </summary>
    public IDisposable BeginCallScope(TimeSpan? timeout, CancellationToken cancellation = default)
    {
        var previous = (_callTimeout, _interrupt.DefaultToken);
        CallTimeout = timeout;
        CallCancellation = cancellation;
        return new CallScope(this, previous._callTimeout, previous.DefaultToken);
    }

    /// <summary>
    /// Marks the current thread as inside the store, or throws <see cref="WitConcurrentUseException"/> when another
    /// thread is; keeps the native store alive until <see cref="Exit"/>. Re-entrant on one thread (host callbacks).
    /// </summary>
    /// <remarks>
    /// Owning the store is what keeps it alive, with no reference count per call: <see cref="Dispose"/> takes the same
    /// ownership, so it is refused while another thread is inside, and on this thread (a host function disposing its
    /// own store) it keeps the native store until the outermost call has left.
    /// </remarks>
    internal void Enter(string operation)
    {
        var me = Environment.CurrentManagedThreadId;

        // Only the owner clears the owner, so a thread that reads itself there (a nested entry: every memory access and
        // call from a host function) needs no interlocked exchange.
        var owner = Volatile.Read(ref _ownerThread);
        if (owner != me)
        {
            owner = Interlocked.CompareExchange(ref _ownerThread, me, 0);
            if (owner != 0 && owner != me)
            {
                ThrowInUse(operation, owner);
            }
        }

        if (Handle.IsDisposed)
        {
            if (_depth == 0)
            {
                Volatile.Write(ref _ownerThread, 0);
            }

            ThrowDisposed();
        }

        _depth++;
    }

    /// <summary>Leaves what <see cref="Enter"/> entered.</summary>
    internal void Exit()
    {
        if (--_depth == 0)
        {
            // Import trampolines remember their last calling instance only while its store is in use.
            DirectView?.ForgetCallers();

            if (_releaseOnExit)
            {
                _releaseOnExit = false;
                Handle.DangerousRelease();
            }

            Volatile.Write(ref _ownerThread, 0);
        }
    }

    /// <summary>
    /// Disposes the native store once no thread is inside it: refused while another thread is, deferred to the
    /// outermost <see cref="Exit"/> when this thread is (then every use from now on throws <see cref="ObjectDisposedException"/>).
    /// </summary>
    private void DisposeNative()
    {
        var me = Environment.CurrentManagedThreadId;
        var owner = Interlocked.CompareExchange(ref _ownerThread, me, 0);
        if (owner != 0 && owner != me)
        {
            ThrowInUse("disposing the store", owner);
        }

        if (owner == me)
        {
            if (!_releaseOnExit && Handle.TryAddRef())
            {
                _releaseOnExit = true;
            }

            Handle.Dispose();
            return;
        }

        try
        {
            Handle.Dispose();
        }
        finally
        {
            Volatile.Write(ref _ownerThread, 0);
        }
    }

    /// <summary>
    /// Arms the epoch deadline for an outermost call when a timeout or token applies; returns whether it did (then
    /// <see cref="DisarmInterrupt"/> must follow). Throws at once when the token is already canceled.
    /// </summary>
    private bool ArmInterrupt(string? functionName)
    {
        if (_depth != 1 || (_callTimeout is null && !_interrupt.DefaultToken.CanBeCanceled))
        {
            return false;
        }

        if (_interrupt.DefaultToken.IsCancellationRequested)
        {
            throw new WitCallCanceledException(
                functionName is null
                    ? "Instantiating the component was canceled before it started."
                    : $"The call to '{functionName}' was canceled before it started.",
                _interrupt.DefaultToken)
            {
                FunctionName = functionName,
            };
        }

        InstallDeadlineCallback();
        _interrupt.Arm(_callTimeout);
        NativeMethods.wasmtime_context_set_epoch_deadline(_context, 1);
        Engine.Ticker.Acquire();
        return true;
    }

    /// <summary>
    /// <see cref="Enter"/> and <see cref="ArmInterrupt"/> for a call into the guest (leaving again if arming throws);
    /// returns whether a deadline was armed, to pass to <see cref="ExitCall"/>.
    /// </summary>
    internal bool EnterCall(string operation, string? functionName)
    {
        Enter(operation);
        try
        {
            return ArmInterrupt(functionName);
        }
        catch
        {
            Exit();
            throw;
        }
    }

    /// <summary>Leaves what <see cref="EnterCall"/> entered.</summary>
    internal void ExitCall(bool armed)
    {
        if (armed)
        {
            DisarmInterrupt();
        }

        Exit();
    }

    /// <summary>Stops the ticker use of an armed call and lifts its deadline.</summary>
    private void DisarmInterrupt()
    {
        Engine.Ticker.Release();
        _interrupt.Disarm();
        ClearEpochDeadline();
    }

    /// <summary>
    /// With epoch interruption on, a new store would trap at the first tick of the engine's epoch (its deadline starts
    /// at 0), so a store that asked for no deadline could be interrupted by another store's timed call. Stores start
    /// (and return after each timed call) with no deadline instead.
    /// </summary>
    private void ClearEpochDeadline()
    {
        if (Engine.Options.EpochInterruption)
        {
            NativeMethods.wasmtime_context_set_epoch_deadline(_context, NoEpochDeadline);
        }
    }

    private const ulong NoEpochDeadline = ulong.MaxValue / 2;

    /// <summary>
    /// Turns a failure into the exception for the limit that caused it: an interrupt by this store's deadline or
    /// token, fuel exhaustion, or a store limit at instantiation. Other failures come back unchanged.
    /// </summary>
    internal Exception Classify(WitRuntimeException error, string? functionName)
    {
        var what = functionName is null ? "instantiating the component" : $"calling '{functionName}'";
        var reason = _interrupt.TakeReason();
        switch (reason)
        {
            case InterruptReason.Timeout:
                return new WitTimeoutException($"The guest ran longer than {_interrupt.LastTimeout?.TotalMilliseconds:0.###} ms while {what} and was interrupted.")
                {
                    FunctionName = functionName,
                    Timeout = _interrupt.LastTimeout,
                };
            case InterruptReason.Canceled:
                return new WitCallCanceledException($"The guest was interrupted because the call was canceled while {what}.", _interrupt.LastToken)
                {
                    FunctionName = functionName,
                };
        }

        var message = error.Message;
        if (reason == InterruptReason.EpochDeadline || message.Contains("wasm trap: interrupt", StringComparison.Ordinal))
        {
            return new WitTimeoutException($"The store's epoch deadline was reached while {what}.") { FunctionName = functionName };
        }

        if (message.Contains("fuel allocated for hostcalls has been exhausted", StringComparison.Ordinal))
        {
            // Wasmtime bounds what one call may copy between the host and the guest, and the C API cannot raise it.
            var explained = message + $" The values copied while {what} exceeded what Wasmtime lets one call copy " +
                "(a list<u8> of about 2.7 MiB); pass or return large data in pieces.";
            return error is WitTrapException
                ? new WitTrapException(explained, error) { FunctionName = functionName, WasmBacktrace = error.WasmBacktrace }
                : new WitRuntimeException(explained, error) { FunctionName = functionName, WasmBacktrace = error.WasmBacktrace };
        }

        var poolFull = message.Contains("maximum concurrent limit of", StringComparison.Ordinal);
        if (message.Contains("all fuel consumed", StringComparison.Ordinal))
        {
            return new WitFuelExhaustedException(message) { FunctionName = functionName, WasmBacktrace = error.WasmBacktrace };
        }

        if (message.Contains("memory minimum size of", StringComparison.Ordinal) || message.Contains("memory count too high", StringComparison.Ordinal)
            || (poolFull && message.Contains("memories", StringComparison.Ordinal)))
        {
            return new WitMemoryLimitException(message) { FunctionName = functionName, WasmBacktrace = error.WasmBacktrace };
        }

        if (message.Contains("table minimum size of", StringComparison.Ordinal) || message.Contains("table count too high", StringComparison.Ordinal)
            || (poolFull && message.Contains("tables", StringComparison.Ordinal)))
        {
            return new WitTableLimitException(message) { FunctionName = functionName, WasmBacktrace = error.WasmBacktrace };
        }

        if (message.Contains("instance count too high", StringComparison.Ordinal) || (poolFull && message.Contains("instances", StringComparison.Ordinal)))
        {
            return new WitInstanceLimitException(message) { FunctionName = functionName, WasmBacktrace = error.WasmBacktrace };
        }

        return error;
    }

    private void ThrowIfInUseElsewhere(string operation)
    {
        var owner = Volatile.Read(ref _ownerThread);
        if (owner != 0 && owner != Environment.CurrentManagedThreadId)
        {
            ThrowInUse(operation, owner);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInUse(string operation, int owner) =>
        throw new WitConcurrentUseException(
            $"The store is in use by thread {owner}; {operation} from thread {Environment.CurrentManagedThreadId} was refused. " +
            "A store and its instances belong to one thread at a time: give each thread (or request) its own store, e.g. with ComponentInstanceFactory.")
        {
            OwnerThreadId = owner,
        };

    private void RequireEpochInterruption()
    {
        if (!Engine.Options.EpochInterruption)
        {
            throw new InvalidOperationException(
                "Call timeouts and cancellation interrupt the guest through epochs: create the engine with WasmEngineOptions.EpochInterruption = true.");
        }
    }

    private unsafe void InstallDeadlineCallback()
    {
        if (_deadlineCallbackInstalled)
        {
            return;
        }

        var data = GCHandle.ToIntPtr(GCHandle.Alloc(_interrupt));
        // Called while entered (ArmInterrupt), which keeps the native store alive.
        NativeMethods.wasmtime_store_epoch_deadline_callback(Handle.DangerousGetHandle(), &OnDeadline, data, &ReleaseState);
        _deadlineCallbackInstalled = true;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static unsafe nint OnDeadline(nint context, nint data, ulong* delta, byte* updateKind)
    {
        try
        {
            var state = (InterruptState)GCHandle.FromIntPtr(data).Target!;
            *updateKind = 0; // WASMTIME_UPDATE_DEADLINE_CONTINUE
            var reason = state.Check();
            if (reason == InterruptReason.None)
            {
                *delta = 1;
                return 0;
            }

            return WasmtimeError.Create(reason == InterruptReason.Canceled ? "call canceled by the host" : "call deadline exceeded");
        }
        catch (Exception)
        {
            return WasmtimeError.Create("call interrupted");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void ReleaseState(nint data) => GCHandle.FromIntPtr(data).Free();

    private enum InterruptReason
    {
        None,
        Timeout,
        Canceled,
        EpochDeadline,
    }

    /// <summary>The deadline of the running call, read by the epoch callback on the calling thread.</summary>
    private sealed class InterruptState
    {
        private long _deadline;
        private bool _armed;
        private CancellationToken _token;
        private InterruptReason _reason;

        public CancellationToken DefaultToken { get; set; }

        public TimeSpan? LastTimeout { get; private set; }

        public CancellationToken LastToken { get; private set; }

        public void Arm(TimeSpan? timeout)
        {
            _token = DefaultToken;
            LastToken = _token;
            LastTimeout = timeout;
            _deadline = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
            _reason = InterruptReason.None;
            _armed = true;
        }

        public void Disarm() => _armed = false;

        /// <summary>The running call's deadline (a <see cref="Stopwatch"/> timestamp; <see cref="long.MaxValue"/>: none) and token.</summary>
        public (long Deadline, CancellationToken Token) Limit => _armed ? (_deadline, _token) : (long.MaxValue, default);

        public InterruptReason Check()
        {
            _reason = !_armed ? InterruptReason.EpochDeadline
                : _token.IsCancellationRequested ? InterruptReason.Canceled
                : Stopwatch.GetTimestamp() >= _deadline ? InterruptReason.Timeout
                : InterruptReason.None;
            return _reason;
        }

        public InterruptReason TakeReason()
        {
            var reason = _reason;
            _reason = InterruptReason.None;
            return reason;
        }
    }

    private sealed class CallScope(ComponentStore store, TimeSpan? timeout, CancellationToken token) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                store._callTimeout = timeout;
                store._interrupt.DefaultToken = token;
            }
        }
    }
}
