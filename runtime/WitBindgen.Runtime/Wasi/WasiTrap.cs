namespace WitBindgen.Runtime.Wasi;

/// <summary>The exceptions a WASI function throws to trap the guest that called it.</summary>
internal static class WasiTrap
{
    /// <summary>A function the direct backend's WASI does not implement yet; the message names it.</summary>
    /// <param name="function">The WIT function, <c>wasi:pkg/iface#name</c>.</param>
    public static NotSupportedException NotImplemented(string function) =>
        new($"{function} is not implemented yet by the direct backend's WASI.");
}
