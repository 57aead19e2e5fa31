namespace WitBindgen.Runtime;

/// <summary>
/// A call (or instantiation) was refused because an earlier call in the same store trapped (or was interrupted, ran out
/// of fuel, or a host function failed): after that Wasmtime refuses to enter the store's instances again.
/// <see cref="PoisonedBy"/> is the failure that poisoned the store. Continue with a new store and instance
/// (<see cref="ComponentInstanceFactory.Create"/>, or a new <see cref="ComponentStore"/> and
/// <see cref="ComponentLinker.Instantiate"/> with the same linker and compiled component).
/// </summary>
public sealed class WitInstancePoisonedException : WitTrapException
{
    /// <summary>Creates the exception with a message and the failure that poisoned the instance.</summary>
    public WitInstancePoisonedException(string message, Exception? poisonedBy)
        : base(message, poisonedBy ?? new InvalidOperationException("The failure that poisoned the instance was not observed by this runtime."))
    {
        PoisonedBy = poisonedBy;
    }

    /// <summary>The exception of the call that poisoned the store (null when the runtime did not see it).</summary>
    public Exception? PoisonedBy { get; }
}
