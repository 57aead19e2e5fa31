namespace WitBindgen.Runtime;

/// <summary>
/// A call (or instantiation) was refused because an earlier call in the same store trapped (or was interrupted, ran out
/// of fuel, a host function failed, or a value could not be moved across the boundary): after that Wasmtime refuses to enter the store's instances again.
/// <see cref="PoisonedBy"/> is the failure that poisoned the store. Continue with a new store and instance
/// (<see cref="ComponentInstanceFactory.Create"/>, or a new <see cref="ComponentStore"/> and
/// <see cref="ComponentLinker.Instantiate"/> with the same linker and compiled component).
/// </summary>
public sealed class WitInstancePoisonedException : WitTrapException
{
    /// <summary>Creates the exception with a message and the failure that poisoned the store.</summary>
    /// <param name="message">What was refused and why.</param>
    /// <param name="poisonedBy">The failure that poisoned the store, or null when it was not observed.</param>
    /// <param name="refusal">Wasmtime's own refusal, used as the inner exception when <paramref name="poisonedBy"/> is null.</param>
    public WitInstancePoisonedException(string message, Exception? poisonedBy, Exception? refusal = null)
        : base(message, poisonedBy ?? refusal ?? new InvalidOperationException("The failure that poisoned the store was not observed by this runtime."))
    {
        PoisonedBy = poisonedBy;
    }

    /// <summary>The exception of the call that poisoned the store (null when the runtime did not see it).</summary>
    public Exception? PoisonedBy { get; }
}
