namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>The <c>wasi:io</c> interfaces this folder implements completely, as <see cref="WasiInterfaces"/> reads them.</summary>
internal static class IoInterfaces
{
    /// <summary>
    /// Interface names without a version (<c>wasi:io/…</c>); an interface is listed only once every function of it
    /// works, since the direct backend then runs the components that import it.
    /// </summary>
    public static readonly string[] Implemented = ["wasi:io/error", "wasi:io/poll", "wasi:io/streams"];
}
