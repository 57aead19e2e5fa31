namespace WitBindgen.Runtime.Wasi;

/// <summary>The exceptions a WASI function throws to trap the guest that called it.</summary>
internal static class WasiTrap
{
    /// <summary>A function the direct backend's WASI does not implement yet; the message names it.</summary>
    /// <param name="function">The WIT function, <c>wasi:pkg/iface#name</c>.</param>
    public static NotSupportedException NotImplemented(string function) =>
        new($"{function} is not implemented yet by the direct backend's WASI.");

    /// <summary>
    /// A misuse WASI answers with a trap rather than an error value (a write beyond the permitted budget, an empty
    /// poll list), worded as Wasmtime words it.
    /// </summary>
    /// <param name="message">What was misused.</param>
    public static InvalidOperationException Misuse(string message) => new(message);
}
