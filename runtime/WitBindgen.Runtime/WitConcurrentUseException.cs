namespace WitBindgen.Runtime;

/// <summary>
/// A store (or an instance or function in it) was used from a second thread while another thread was inside it.
/// A <see cref="ComponentStore"/> belongs to one thread at a time; use one store per thread (for example one
/// instance per request from a <see cref="ComponentInstanceFactory"/>).
/// </summary>
public sealed class WitConcurrentUseException : InvalidOperationException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitConcurrentUseException(string message)
        : base(message)
    {
    }

    /// <summary>The managed thread id of the thread inside the store.</summary>
    public int OwnerThreadId { get; init; }
}
