namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The <c>wasi:sockets</c> interfaces this folder implements completely, as <see cref="WasiInterfaces"/> reads them.</summary>
internal static class SocketsInterfaces
{
    /// <summary>
    /// Interface names without a version (<c>wasi:sockets/…</c>); an interface is listed only once every function of
    /// it works, since the direct backend then runs the components that import it.
    /// </summary>
    public static readonly string[] Implemented =
    [
        "wasi:sockets/network",
        "wasi:sockets/instance-network",
        "wasi:sockets/ip-name-lookup",
        "wasi:sockets/tcp",
        "wasi:sockets/tcp-create-socket",
        "wasi:sockets/udp",
        "wasi:sockets/udp-create-socket",
    ];
}
