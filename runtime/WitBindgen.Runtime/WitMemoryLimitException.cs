namespace WitBindgen.Runtime;

/// <summary>
/// A linear memory would exceed <see cref="StoreLimits.MaxMemoryBytes"/> (or the store's memory count limit).
/// Growth during a call is reported to the guest instead (its <c>memory.grow</c> returns -1), see the runtime README.
/// </summary>
public sealed class WitMemoryLimitException : WitRuntimeException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitMemoryLimitException(string message)
        : base(message)
    {
    }
}
