namespace WitBindgen.Runtime.Wasi.Random;

/// <summary>The <c>wasi:random</c> interfaces this folder implements completely, as <see cref="WasiInterfaces"/> reads them.</summary>
internal static class RandomInterfaces
{
    /// <summary>
    /// Interface names without a version (<c>wasi:random/…</c>); an interface is listed only once every function of it
    /// works, since the direct backend then runs the components that import it.
    /// </summary>
    public static readonly string[] Implemented = ["wasi:random/random", "wasi:random/insecure", "wasi:random/insecure-seed"];
}
