namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The direct backend's <c>wasi:sockets/udp</c>, whose functions are the methods of <see cref="WasiUdpSocket"/> and its streams.</summary>
internal sealed class UdpHost : global::WitBindgen.Runtime.Wasi.Bindings.Udp.IUdp
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly UdpHost Instance = new();
}
