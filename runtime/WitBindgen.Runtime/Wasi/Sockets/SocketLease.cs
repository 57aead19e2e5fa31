using System.Net.Sockets;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// A connected socket shared by its <c>tcp-socket</c> resource and the two streams made from it: the guest may drop
/// them in any order, and the socket closes when the last is dropped (as in Wasmtime).
/// </summary>
internal sealed class SocketLease
{
    private int _holders;

    /// <summary>Creates the lease of <paramref name="socket"/> with <paramref name="holders"/> holders.</summary>
    public SocketLease(Socket socket, int holders)
    {
        Socket = socket;
        _holders = holders;
    }

    /// <summary>The socket.</summary>
    public Socket Socket { get; }

    /// <summary>A holder is done; the last one closes the socket.</summary>
    public void Release()
    {
        if (--_holders == 0)
        {
            Socket.Dispose();
        }
    }
}
