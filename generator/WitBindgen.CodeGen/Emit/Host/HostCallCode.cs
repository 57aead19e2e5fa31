namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// The marshalling of one call, as <see cref="MarshalPlanner"/> decided it: a method calling a guest export (parameters
/// lowered, result lifted) or the linker callback of an import (parameters lifted, result lowered).
/// </summary>
internal sealed class HostCallCode
{
    /// <param name="args">The local holding the argument values.</param>
    /// <param name="results">The local holding the result value.</param>
    /// <param name="scope">The local of the resource scope, or null when the call enters none.</param>
    /// <param name="parameters">Per parameter: the local holding its lifted value (import callbacks only, else null) and its code.</param>
    /// <param name="resultLocal">The local holding the implementation's result (import callbacks with a result only).</param>
    /// <param name="result">The code of the result, or null when the function has none or the caller lifts it itself.</param>
    /// <param name="owns">Whether a parameter or the result owns native memory, which the call must free.</param>
    /// <param name="canonical">An export's direct call, or an import's implementation, through the Canonical ABI, or null.</param>
    public HostCallCode(
        string args, string results, string? scope, IReadOnlyList<(string? Local, HostValueCode Code)> parameters, string? resultLocal, HostValueCode? result, bool owns,
        CanonicalCallCode? canonical = null)
    {
        Args = args;
        Results = results;
        Scope = scope;
        Parameters = parameters;
        ResultLocal = resultLocal;
        Result = result;
        Owns = owns;
        Canonical = canonical;
    }

    /// <summary>The local holding the argument values.</summary>
    public string Args { get; }

    /// <summary>The local holding the result value.</summary>
    public string Results { get; }

    /// <summary>The local of the resource scope, or null when the call enters none.</summary>
    public string? Scope { get; }

    /// <summary>Per parameter: the local holding its lifted value (import callbacks only, else null) and its code.</summary>
    public IReadOnlyList<(string? Local, HostValueCode Code)> Parameters { get; }

    /// <summary>The local holding the implementation's result (import callbacks with a result only).</summary>
    public string? ResultLocal { get; }

    /// <summary>The code of the result, or null when the function has none or the caller lifts it itself.</summary>
    public HostValueCode? Result { get; }

    /// <summary>Whether a parameter or the result owns native memory, which the call must free.</summary>
    public bool Owns { get; }

    /// <summary>
    /// An export's direct call, or an import's implementation, through the Canonical ABI; null when the function passes
    /// handles or is async.
    /// </summary>
    public CanonicalCallCode? Canonical { get; }

    /// <summary>This call's code with <paramref name="canonical"/> as its Canonical ABI implementation.</summary>
    public HostCallCode WithCanonical(CanonicalCallCode canonical) => new(Args, Results, Scope, Parameters, ResultLocal, Result, Owns, canonical);
}
