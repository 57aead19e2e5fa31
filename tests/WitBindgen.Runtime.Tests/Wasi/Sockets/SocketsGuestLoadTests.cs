using System.Net;
using ErrorCode = WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>The socket guest loads on both backends and, with no grant, is refused a socket on both alike.</summary>
public sealed class SocketsGuestLoadTests
{
    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void Without_a_grant_sockets_and_lookups_are_refused_with_wasmtimes_codes(ComponentBackend backend)
    {
        using var guest = new SocketsGuest(backend, new WasiConfiguration());

        guest.TcpCreate().ShouldBe(SocketsGuest.Failed(ErrorCode.AccessDenied));
        guest.UdpCreate().ShouldBe(SocketsGuest.Failed(ErrorCode.AccessDenied));
        guest.Lookup("localhost").ShouldBe(SocketsGuest.Failed(ErrorCode.PermanentResolverFailure));
    }
}
