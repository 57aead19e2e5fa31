namespace WitBindgen.Runtime;

/// <summary>What happens around each call: the thread check, deadlines, and poisoning after a trap.</summary>
public sealed partial class ComponentFunction
{
    /// <summary>Checks the instance and the store and arms the call's deadline; returns whether one was armed.</summary>
    private bool EnterCall()
    {
        Store.ThrowIfPoisoned(Name);
        Store.Enter("calling '" + Name + "'");
        try
        {
            return Store.ArmInterrupt(Name);
        }
        catch
        {
            Store.Exit();
            throw;
        }
    }

    private void ExitCall(bool armed)
    {
        if (armed)
        {
            Store.DisarmInterrupt();
        }

        Store.Exit();
    }

    /// <summary>Classifies a failed call and poisons the instance when the guest did not finish.</summary>
    private Exception FailCall(WitRuntimeException error)
    {
        var classified = Store.Classify(error, Name);
        if (classified is WitTrapException trap && trap.Message.Contains("cannot enter component instance", StringComparison.Ordinal))
        {
            // Poisoned by a failure this runtime did not see.
            return Store.PoisonedException(Name, trap);
        }

        if (classified is WitTrapException or WitTimeoutException or WitCallCanceledException
            || (classified is WitRuntimeException runtime && (runtime.InnerException is not null || runtime.ExitStatus is not null)))
        {
            Store.Poison(classified, Name);
        }

        return classified;
    }
}
