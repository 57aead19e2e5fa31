using WitBindgen.Runtime.Backends.Wasmtime;

namespace WitBindgen.Runtime;

/// <summary>
/// An exported component function, called with native <see cref="ComponentVal"/> spans: no managed allocation
/// on the call path beyond what the values themselves need.
/// </summary>
public sealed partial class ComponentFunction
{
    private readonly WasmtimeFunction _wasmtime;
    private readonly ComponentInstance _instance;

    internal ComponentFunction(ComponentInstance instance, WasmtimeFunction function, string name)
    {
        Store = instance.Store;
        _instance = instance;
        _wasmtime = function;
        Name = name;
    }

    /// <summary>The store the function's instance lives in.</summary>
    public ComponentStore Store { get; }

    /// <summary>The WIT name used in messages: <c>interface#function</c>, or the bare name for world-level exports.</summary>
    public string Name { get; }

    /// <summary>
    /// Calls the function. The backend (<see cref="ComponentInstance.Backend"/>) type-checks <paramref name="args"/>
    /// against the signature, runs the guest, writes <paramref name="results"/> and runs the guest's post-return cleanup.
    /// </summary>
    /// <param name="args">One value per WIT parameter. Only read: the caller still owns them and releases them afterwards.</param>
    /// <param name="results">
    /// Exactly as many slots as the function has results (0 or 1), initialized (e.g. <c>default</c>). On success the
    /// caller owns the written values and must release them after reading; on failure nothing is written.
    /// </param>
    /// <exception cref="WitTrapException">The guest trapped; the message names this function and has the wasm backtrace.</exception>
    /// <exception cref="WitRuntimeException">
    /// The backend rejected the call: a wrong number of arguments or result slots (the store stays usable), or
    /// arguments it could not lower or results it could not lift (the store is poisoned; on the direct backend a
    /// <see cref="WitTrapException"/>, as the Canonical ABI traps); or a host function threw (the host exception is the
    /// <see cref="Exception.InnerException"/>).
    /// </exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="WitInstancePoisonedException">An earlier call trapped; the instance cannot be entered again.</exception>
    /// <exception cref="WitFuelExhaustedException">The store ran out of fuel.</exception>
    /// <exception cref="WitTimeoutException">The store's call timeout passed and the guest was interrupted.</exception>
    /// <exception cref="WitCallCanceledException">The store's cancellation token was canceled.</exception>
    /// <exception cref="WitConcurrentUseException">Another thread is inside the store.</exception>
    /// <exception cref="WitReentranceException">
    /// The function's instance is already running further up the call stack (a host function called back into it);
    /// the store is poisoned.
    /// </exception>
    public void Call(ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results)
    {
        if (DirectExport is { } direct)
        {
            CallDirect(direct, args, results);
            return;
        }

        _wasmtime.Call(this, args, results);
    }
}
