using System.Runtime.ExceptionServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The direct backend's view of a <see cref="ComponentStore"/>: core instances live in the same native store, so
/// its fuel, epoch deadlines (<see cref="ComponentStore.CallTimeout"/>, <see cref="ComponentStore.CallCancellation"/>),
/// <see cref="ComponentStore.Limits"/>, thread rule and poisoning apply to core calls unchanged. One view per store.
/// </summary>
internal sealed class CoreStore
{
    private CoreStore(ComponentStore store)
    {
        Store = store;
    }

    /// <summary>The store whose settings and state core calls share.</summary>
    public ComponentStore Store { get; }

    /// <summary>The host's handles to resources that guests on the direct backend define, in this store.</summary>
    public Resources.DirectHeldHandles HeldHandles { get; } = new();

    /// <summary>
    /// The direct instances in this store with the key of the pre-link that made each (see <see cref="DirectInstanceTable"/>):
    /// replaced whole under <see cref="DirectInstancesGate"/>, so trampolines read it without a lock.
    /// </summary>
    public (object Key, DirectInstance Instance)[] DirectInstances = [];

    /// <summary>Makes the pre-links of the store's instances forget them as their last caller (the store is left).</summary>
    public void ForgetCallers()
    {
        foreach (var (_, instance) in Volatile.Read(ref DirectInstances))
        {
            instance.Pre.ForgetCaller(instance);
        }
    }

    /// <summary>The lock changes of <see cref="DirectInstances"/> take.</summary>
    public object DirectInstancesGate { get; } = new();

    /// <summary>The engine of the store.</summary>
    public WasmEngine Engine => Store.Engine;

    /// <summary>Enters the store for a short native operation (see <see cref="CoreStoreScope"/>).</summary>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="WitConcurrentUseException">Another thread is inside the store.</exception>
    public CoreStoreScope Enter(string operation) => new(Store, operation);

    /// <summary>The view of <paramref name="store"/>, kept on the store: every import call finds its instance through it.</summary>
    public static CoreStore For(ComponentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Volatile.Read(ref store.DirectView) is { } view)
        {
            return view;
        }

        var made = new CoreStore(store);
        return Interlocked.CompareExchange(ref store.DirectView, made, null) ?? made;
    }

    /// <summary>
    /// The exception for a failed call of <paramref name="functionName"/>, which poisons the store as a failed component
    /// call does. A host function's exception is rethrown here, as the same object; the rest is classified like the
    /// component store's failures (timeout, cancellation, fuel). Deletes <paramref name="error"/> and <paramref name="trap"/>.
    /// </summary>
    internal Exception FailCall(nint error, nint trap, string functionName, string operation)
    {
        var host = CoreHostBridge.TakePending(Store.EnteredContext);
        var failure = CoreTraps.ToException(error, trap, operation, functionName);
        if (host is DirectGuestTrap guestTrap)
        {
            var raised = guestTrap.ToException(functionName, (failure as WitRuntimeException)?.WasmBacktrace ?? string.Empty);
            Store.Poison(raised, functionName);
            return raised;
        }

        if (host is not null)
        {
            Store.Poison(host, functionName);
            ExceptionDispatchInfo.Throw(host);
        }

        var classified = failure is WitFuelExhaustedException ? failure : Store.Classify(failure, functionName);
        Store.Poison(classified, functionName);
        return classified;
    }

    /// <summary>
    /// The exception for a failed instantiation (a missing or mismatched import, a store limit, or a start function that
    /// trapped or whose host call threw); like a failed component instantiation, it leaves the store usable.
    /// </summary>
    internal Exception FailInstantiation(nint error, nint trap)
    {
        var host = CoreHostBridge.TakePending(Store.EnteredContext);
        var failure = CoreTraps.ToException(error, trap, "instantiating a core module", functionName: null);
        if (host is not null)
        {
            ExceptionDispatchInfo.Throw(host);
        }

        return failure is WitFuelExhaustedException ? failure : Store.Classify(failure, functionName: null);
    }
}
