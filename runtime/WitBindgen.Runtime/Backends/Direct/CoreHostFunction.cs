namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A host function a core module imports, called by the guest through an unchecked trampoline.
/// </summary>
/// <param name="caller">The calling instance's store.</param>
/// <param name="argsAndResults">
/// The parameters in order, then overwritten with the results in order (as many slots as the larger of the two).
/// Valid only until the callback returns.
/// </param>
/// <remarks>
/// An exception thrown here never crosses into native code: it becomes a trap that unwinds the guest, and the same
/// exception object is rethrown to the .NET code that called into the guest.
/// </remarks>
internal delegate void CoreHostFunction(CoreCaller caller, Span<ValRaw> argsAndResults);
