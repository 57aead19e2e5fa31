namespace WitBindgen.Runtime;

/// <summary>
/// A call into an instance that is already running further up the same thread's call stack was refused: typically a
/// host function calling back into the instance that called it. The component model traps such a call (it might be
/// recursive, and a component is never re-entered); like any trap, it poisons the store
/// (<see cref="ComponentStore.PoisonedBy"/> is this exception). Calls from a host function into another instance, in
/// the same store or not, are allowed.
/// </summary>
public sealed class WitReentranceException : WitTrapException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitReentranceException(string message)
        : base(message)
    {
    }
}
