namespace WitBindgen.Runtime;

/// <summary>A table would exceed <see cref="StoreLimits.MaxTableElements"/> (or the store's table count limit).</summary>
public sealed class WitTableLimitException : WitRuntimeException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitTableLimitException(string message)
        : base(message)
    {
    }
}
