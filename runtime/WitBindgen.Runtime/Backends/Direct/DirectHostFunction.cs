namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The host's implementation of a function a component imports, run on the direct backend: it receives the lowered
/// function's flat core arguments and writes its flat core results over them.
/// </summary>
/// <param name="context">The import and the calling instance's canonical options resolved to live externs.</param>
/// <param name="argsAndResults">
/// The flat parameters in order, then overwritten with the flat results (as many slots as the larger of the two).
/// Valid only until the function returns.
/// </param>
/// <remarks>An exception thrown here traps the guest and reaches the caller of the export as the same object.</remarks>
internal delegate void DirectHostFunction(DirectCallContext context, Span<ValRaw> argsAndResults);
