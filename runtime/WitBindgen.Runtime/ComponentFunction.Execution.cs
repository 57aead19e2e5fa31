namespace WitBindgen.Runtime;

/// <summary>What happens around each call: the thread check, deadlines, and poisoning after a trap.</summary>
public sealed partial class ComponentFunction
{
    // What a refused call says it was doing; built once, so a call allocates nothing.
    private string? _callOperation;

    /// <summary>
    /// Checks the instance and the store, marks the instance running and arms the call's deadline; returns whether
    /// one was armed. Refuses (and poisons the store, as the component model traps) a call into an instance that is
    /// already running: re-entrance by a host function.
    /// </summary>
    internal bool EnterCall()
    {
        Store.ThrowIfPoisoned(Name);
        var armed = Store.EnterCall(_callOperation ??= "calling '" + Name + "'", Name);
        if (_instance.IsRunning)
        {
            Store.ExitCall(armed);
            throw Reentered();
        }

        _instance.IsRunning = true;
        return armed;
    }

    /// <summary>Leaves what <see cref="EnterCall"/> entered.</summary>
    internal void ExitCall(bool armed)
    {
        _instance.IsRunning = false;
        Store.ExitCall(armed);
    }

    /// <summary>Classifies a failed call and poisons the store when Wasmtime had entered the guest.</summary>
    internal Exception FailCall(WitRuntimeException error) => Store.FailCall(error, Name);

    private WitReentranceException Reentered()
    {
        var error = new WitReentranceException(
            $"Cannot call '{Name}': its instance is already running further up this thread's call stack (a host function " +
            "called back into the instance that called it). The component model traps a call that re-enters an instance, " +
            "so the store is now poisoned. A host function may call other instances, never back into the one that called it.")
        {
            FunctionName = Name,
        };
        Store.Poison(error, Name);
        return error;
    }
}
