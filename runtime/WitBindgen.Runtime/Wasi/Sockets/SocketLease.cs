using System.Net.Sockets;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// A connected socket shared by its <c>tcp-socket</c> resource and the two streams made from it, which each hold it:
/// the socket closes when the last holder is done.
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

    /// <summary>How many holders have not released the socket yet.</summary>
    public int Holders => _holders;

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
