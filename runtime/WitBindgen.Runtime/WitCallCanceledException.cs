namespace WitBindgen.Runtime;

/// <summary>
/// A call was canceled through its <see cref="CancellationToken"/> (<see cref="ComponentStore.CallCancellation"/> or
/// <see cref="ComponentStore.BeginCallScope"/>) and the runtime interrupted the guest. When the guest was already
/// running the instance is poisoned afterwards, as after any trap.
/// </summary>
public sealed class WitCallCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception with a message and the token that was canceled.</summary>
    public WitCallCanceledException(string message, CancellationToken token)
        : base(message, token)
    {
    }

    /// <summary>The WIT function that was interrupted (<c>interface#function</c>), or null during instantiation.</summary>
    public string? FunctionName { get; init; }
}
