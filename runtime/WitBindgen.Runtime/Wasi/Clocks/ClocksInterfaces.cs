namespace WitBindgen.Runtime.Wasi.Clocks;

/// <summary>The <c>wasi:clocks</c> interfaces this folder implements completely, as <see cref="WasiInterfaces"/> reads them.</summary>
internal static class ClocksInterfaces
{
    /// <summary>
    /// Interface names without a version (<c>wasi:clocks/…</c>); an interface is listed only once every function of it
    /// works, since the direct backend then runs the components that import it.
    /// </summary>
    public static readonly string[] Implemented = ["wasi:clocks/monotonic-clock", "wasi:clocks/wall-clock", "wasi:clocks/timezone"];
}
