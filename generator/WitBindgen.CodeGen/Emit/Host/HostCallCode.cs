namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// The marshalling of one call, as <see cref="MarshalPlanner"/> decided it: a method calling a guest export (parameters
/// lowered, result lifted) or the linker callback of an import (parameters lifted, result lowered).
/// </summary>
/// <param name="Args">The local holding the argument values.</param>
/// <param name="Results">The local holding the result value.</param>
/// <param name="Scope">The local of the resource scope, or null when the call enters none.</param>
/// <param name="Parameters">Per parameter: the local holding its lifted value (import callbacks only, else null) and its code.</param>
/// <param name="ResultLocal">The local holding the implementation's result (import callbacks with a result only).</param>
/// <param name="Result">The code of the result, or null when the function has none or the caller lifts it itself.</param>
/// <param name="Owns">Whether a parameter or the result owns native memory, which the call must free.</param>
internal sealed record HostCallCode(
    string Args, string Results, string? Scope, IReadOnlyList<(string? Local, HostValueCode Code)> Parameters, string? ResultLocal, HostValueCode? Result, bool Owns);
