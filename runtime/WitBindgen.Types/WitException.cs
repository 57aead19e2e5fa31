namespace WitBindgen;

/// <summary>
/// The base of exceptions raised by generated bindings and their runtimes: a value that cannot cross the
/// component boundary, a trap in the component, or a broken contract between host and guest.
/// </summary>
public class WitException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public WitException()
        : base("A WebAssembly component call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong and, where possible, what to do.</param>
    public WitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong and, where possible, what to do.</param>
    /// <param name="innerException">The cause.</param>
    public WitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
