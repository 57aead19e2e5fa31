namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Carries what a host function defined through <see cref="ComponentLinker.DefineFunction"/> threw out of the guest
/// call on the direct backend, so the caller of the export gets it as the Wasmtime backend reports it: the
/// <see cref="Exception.InnerException"/> of a <see cref="WitRuntimeException"/> naming both functions.
/// </summary>
internal sealed class DirectHostFailure : Exception
{
    public DirectHostFailure(string importName, Exception thrown)
        : base($"'{importName}' threw {thrown.GetType().FullName}: {thrown.Message}", thrown)
    {
        ImportName = importName;
    }

    /// <summary>The import whose host function threw.</summary>
    public string ImportName { get; }

    /// <summary>What the host function threw.</summary>
    public Exception Thrown => InnerException!;

    /// <summary>The exception the public API throws for it while doing <paramref name="context"/> (e.g. "calling 'f'").</summary>
    public WitRuntimeException ToException(string context, string? functionName) =>
        new($"A host function failed while {context}: {Message}", Thrown) { FunctionName = functionName };

    /// <summary>
    /// Wraps <paramref name="callback"/> so what it throws reaches the caller as a <see cref="DirectHostFailure"/>, except
    /// a <see cref="DirectGuestTrap"/> (a WASI exit, for example), which stays the guest's.
    /// </summary>
    public static ComponentHostFunction Wrap(string importName, ComponentHostFunction callback) => (args, results) =>
    {
        try
        {
            callback(args, results);
        }
        catch (Exception thrown) when (thrown is not DirectGuestTrap)
        {
            throw new DirectHostFailure(importName, thrown);
        }
    };
}
