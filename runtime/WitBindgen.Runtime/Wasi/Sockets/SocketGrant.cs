using System.Net;

namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>One network grant of a <see cref="WasiConfiguration"/>: a use, an address range and a port (null: any).</summary>
internal sealed record SocketGrant(SocketUse Use, IPNetwork Range, int? Port);
