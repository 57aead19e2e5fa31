namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>The <c>wasi:filesystem</c> interfaces this folder implements completely, as <see cref="WasiInterfaces"/> reads them.</summary>
internal static class FilesystemInterfaces
{
    /// <summary>
    /// Interface names without a version (<c>wasi:filesystem/…</c>); an interface is listed only once every function of it
    /// works, since the direct backend then runs the components that import it.
    /// </summary>
    public static readonly string[] Implemented = ["wasi:filesystem/types", "wasi:filesystem/preopens"];
}
