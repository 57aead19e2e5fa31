namespace WitBindgen.Runtime;

/// <summary>
/// A host implementation of an imported WIT function, called by the guest through the linker.
/// </summary>
/// <param name="args">
/// The arguments, one per WIT parameter, owned by Wasmtime: read them (views into them stay valid until the
/// callback returns), never release them.
/// </param>
/// <param name="results">
/// Pre-initialized to <c>default</c>; write one value per WIT result (zero or one). Written values are taken over
/// by Wasmtime: never release them, and build them with <see cref="ComponentVal"/> factories only.
/// </param>
/// <remarks>
/// An exception thrown here never crosses into native code: it is caught, reported to Wasmtime as an error that
/// aborts the guest call, and re-thrown to the caller of the export as the
/// <see cref="Exception.InnerException"/> of a <see cref="WitRuntimeException"/>.
/// </remarks>
public delegate void ComponentHostFunction(ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results);
