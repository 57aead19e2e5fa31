namespace WitBindgen.Runtime;

/// <summary>
/// An error reported by Wasmtime: compilation, linking, instantiation, a failed call, or a host function that
/// threw (then <see cref="Exception.InnerException"/> is the host's exception).
/// </summary>
public class WitRuntimeException : WitException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitRuntimeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public WitRuntimeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The WASI exit status when the guest called <c>exit</c>, else null.</summary>
    public int? ExitStatus { get; init; }

    /// <summary>The WIT function being called (<c>interface#function</c>) when the error happened, or null outside calls.</summary>
    public string? FunctionName { get; init; }

    /// <summary>The WebAssembly backtrace (one frame a line), empty when none was recorded.</summary>
    public string WasmBacktrace { get; init; } = string.Empty;
}
