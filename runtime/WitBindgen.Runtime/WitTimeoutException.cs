namespace WitBindgen.Runtime;

/// <summary>
/// A call ran past its deadline (<see cref="ComponentStore.CallTimeout"/> or <see cref="ComponentStore.BeginCallScope"/>)
/// and the runtime interrupted the guest. The instance is poisoned afterwards, as after any trap.
/// </summary>
public sealed class WitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>The WIT function that was interrupted (<c>interface#function</c>), or null during instantiation.</summary>
    public string? FunctionName { get; init; }

    /// <summary>The deadline the call was given, or null when the store's epoch deadline (<see cref="ComponentStore.SetEpochDeadline"/>) was reached.</summary>
    public TimeSpan? Timeout { get; init; }
}
