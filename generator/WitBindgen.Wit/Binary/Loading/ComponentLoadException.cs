namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A component binary that cannot be flattened into core instantiations: malformed, or using a construct the
/// loader refuses (a component-level <c>start</c>, value definitions, imported modules). The message names the
/// section, the index and what is wrong.
/// </summary>
internal sealed class ComponentLoadException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public ComponentLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a failure of the binary reader underneath.</summary>
    public ComponentLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
