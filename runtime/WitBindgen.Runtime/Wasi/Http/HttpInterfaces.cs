namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>The <c>wasi:http</c> interfaces this folder implements completely, as <see cref="WasiInterfaces"/> reads them.</summary>
internal static class HttpInterfaces
{
    /// <summary>Interface names without a version (<c>wasi:http/…</c>).</summary>
    public static readonly string[] Implemented = ["wasi:http/types", "wasi:http/outgoing-handler"];
}
