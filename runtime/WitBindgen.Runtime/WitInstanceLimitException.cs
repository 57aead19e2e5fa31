namespace WitBindgen.Runtime;

/// <summary>Instantiating would exceed <see cref="StoreLimits.MaxInstances"/> core instances in one store.</summary>
public sealed class WitInstanceLimitException : WitRuntimeException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitInstanceLimitException(string message)
        : base(message)
    {
    }
}
