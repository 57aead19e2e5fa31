namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The direct backend's <c>wasi:sockets/tcp</c>, whose functions are the methods of <see cref="WasiTcpSocket"/>.</summary>
internal sealed class TcpHost : global::WitBindgen.Runtime.Wasi.Bindings.Tcp.ITcp
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TcpHost Instance = new();
}
