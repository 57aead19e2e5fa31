namespace WitBindgen.Runtime;

/// <summary>What happens around each call: the thread check, deadlines, and poisoning after a trap.</summary>
public sealed partial class ComponentFunction
{
    // What a refused call says it was doing; built once, so a call allocates nothing.
    private string? _callOperation;

    /// <summary>Checks the instance and the store and arms the call's deadline; returns whether one was armed.</summary>
    private bool EnterCall()
    {
        Store.ThrowIfPoisoned(Name);
        return Store.EnterCall(_callOperation ??= "calling '" + Name + "'", Name);
    }

    /// <summary>Classifies a failed call and poisons the instance when the guest did not finish.</summary>
    private Exception FailCall(WitRuntimeException error) => Store.FailCall(error, Name);
}
