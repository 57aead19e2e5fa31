namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>A <see cref="System.Net.Sockets.NetworkStream"/> over a leased socket that releases its hold when disposed.</summary>
internal sealed class LeasedNetworkStream : System.Net.Sockets.NetworkStream
{
    private SocketLease? _lease;

    /// <summary>Creates a stream holding <paramref name="lease"/> (one of its holders).</summary>
    public LeasedNetworkStream(SocketLease lease)
        : base(lease.Socket, ownsSocket: false) => _lease = lease;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _lease?.Release();
            _lease = null;
        }
    }
}
