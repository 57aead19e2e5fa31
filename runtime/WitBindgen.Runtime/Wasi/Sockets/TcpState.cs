namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The states of a <c>tcp-socket</c>, as WASI's start-/finish- pairs move it (Wasmtime's names).</summary>
internal enum TcpState
{
    /// <summary>Created: neither bound nor connected.</summary>
    Default,

    /// <summary><c>start-bind</c> succeeded; <c>finish-bind</c> is due.</summary>
    BindStarted,

    /// <summary>Bound to a local address.</summary>
    Bound,

    /// <summary><c>start-listen</c> succeeded; <c>finish-listen</c> is due.</summary>
    ListenStarted,

    /// <summary>Listening: <c>accept</c> takes connections.</summary>
    Listening,

    /// <summary><c>start-connect</c> succeeded; the connection is under way or done, and <c>finish-connect</c> is due.</summary>
    Connecting,

    /// <summary>Connected, with its streams handed out.</summary>
    Connected,

    /// <summary>A connection attempt failed: the socket can do nothing more.</summary>
    Closed,
}
