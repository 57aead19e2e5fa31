namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>What a guest uses an address for, each granted separately by <see cref="WasiConfiguration"/>.</summary>
internal enum SocketUse
{
    /// <summary>Connecting a TCP socket to a remote address.</summary>
    TcpConnect,

    /// <summary>Binding a TCP socket to a local address (to listen).</summary>
    TcpListen,

    /// <summary>Binding a UDP socket, and sending datagrams to or receiving them from an address.</summary>
    Udp,

    /// <summary>Seeing an address that a name resolved to.</summary>
    NameLookup,
}
