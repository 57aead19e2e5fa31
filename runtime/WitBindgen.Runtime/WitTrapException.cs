namespace WitBindgen.Runtime;

/// <summary>
/// The guest trapped (e.g. <c>unreachable</c>, out-of-bounds memory access, fuel exhausted). The message names
/// the WIT function that was called and includes Wasmtime's description and the WebAssembly backtrace.
/// </summary>
public class WitTrapException : WitRuntimeException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitTrapException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public WitTrapException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Why the code trapped, when Wasmtime reported a trap code (calls on the direct backend do); null when only a
    /// message is known.
    /// </summary>
    public WitTrapCode? TrapCode { get; init; }
}
