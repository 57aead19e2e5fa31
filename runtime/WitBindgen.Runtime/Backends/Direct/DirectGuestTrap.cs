namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Carries a trap the runtime raised on the guest's behalf inside one of its calls out (a canonical built-in, the
/// lifting and lowering around a host function, or a WASI exit, which carries its status), so the caller gets it as a
/// guest trap, with the guest's backtrace and naming the export called, rather than as a host function's own exception.
/// </summary>
internal sealed class DirectGuestTrap : Exception
{
    public DirectGuestTrap(WitRuntimeException trap)
        : base(trap.Message, trap)
    {
    }

    /// <summary>The trap as a failure of the call to <paramref name="functionName"/>, with <paramref name="backtrace"/> (the guest's).</summary>
    public WitRuntimeException ToException(string functionName, string backtrace)
    {
        var trap = (WitRuntimeException)InnerException!;
        var message = $"Error while calling '{functionName}': {trap.Message}";
        return trap is WitTrapException typed
            ? new WitTrapException(message, trap) { FunctionName = functionName, TrapCode = typed.TrapCode, WasmBacktrace = backtrace }
            : new WitRuntimeException(message, trap) { FunctionName = functionName, WasmBacktrace = backtrace, ExitStatus = trap.ExitStatus };
    }

    /// <summary>The trap as a failure of instantiating the component (a core start function raised it).</summary>
    public WitRuntimeException ToInstantiationException()
    {
        var trap = (WitRuntimeException)InnerException!;
        var message = $"Error while instantiating the component: {trap.Message}";
        return trap is WitTrapException typed
            ? new WitTrapException(message, trap) { TrapCode = typed.TrapCode }
            : new WitRuntimeException(message, trap) { ExitStatus = trap.ExitStatus };
    }

    /// <summary>Whether <paramref name="error"/> is a plain trap or error the runtime raised (not a subtype with a meaning of its own).</summary>
    public static bool IsPlain(Exception error) => error.GetType() == typeof(WitTrapException) || error.GetType() == typeof(WitRuntimeException);
}
