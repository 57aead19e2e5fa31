using System.Net;
using static WitBindgen.Runtime.Tests.Wasi.Sockets.SocketsGuest;
using ErrorCode = WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>wasi:sockets/ip-name-lookup on both backends, and the direct backend's lookup grant by address range.</summary>
public sealed class IpNameLookupTests
{
    [Theory]
    [InlineData(ComponentBackend.Direct)]
    [InlineData(ComponentBackend.Wasmtime)]
    public void Localhost_resolves_to_the_loopback_address(ComponentBackend backend)
    {
        var addresses = Resolve(backend, new WasiConfiguration().WithIpNameLookup(), "localhost");

        addresses.ShouldContain(IPAddress.Loopback);
    }

    [Fact]
    public void Both_backends_resolve_the_same_names_to_the_same_addresses()
    {
        foreach (var name in new[] { "localhost", "127.0.0.1", "127.1.2.3" })
        {
            var wasmtime = Resolve(ComponentBackend.Wasmtime, new WasiConfiguration().WithIpNameLookup(), name);
            Resolve(ComponentBackend.Direct, new WasiConfiguration().WithIpNameLookup(), name).ShouldBe(wasmtime, name);
        }
    }

    [Theory]
    [InlineData(ComponentBackend.Direct, "")]
    [InlineData(ComponentBackend.Wasmtime, "")]
    [InlineData(ComponentBackend.Direct, "not a name")]
    [InlineData(ComponentBackend.Wasmtime, "not a name")]
    public void A_malformed_name_is_an_invalid_argument(ComponentBackend backend, string name)
    {
        using var guest = new SocketsGuest(backend, new WasiConfiguration().WithIpNameLookup());

        guest.Lookup(name).ShouldBe(Failed(ErrorCode.InvalidArgument));
    }

    [Fact]
    public void A_lookup_grant_shows_only_the_addresses_in_its_range()
    {
        var shown = Resolve(ComponentBackend.Direct, new WasiConfiguration().WithIpNameLookup("127.0.0.0/8"), "localhost");
        shown.ShouldContain(IPAddress.Loopback);
        shown.ShouldAllBe(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);

        using var guest = new SocketsGuest(ComponentBackend.Direct, new WasiConfiguration().WithIpNameLookup("10.0.0.0/8"));
        guest.Lookup("localhost").ShouldBe(Ok);
        guest.LookupAll().Error.ShouldBe(Failed(ErrorCode.PermanentResolverFailure));
        guest.LookupClose();
    }

    private static List<IPAddress> Resolve(ComponentBackend backend, WasiConfiguration wasi, string name)
    {
        using var guest = new SocketsGuest(backend, wasi);
        guest.Lookup(name).ShouldBe(Ok);
        var (addresses, error) = guest.LookupAll();
        error.ShouldBeNull();
        guest.LookupClose();
        return addresses;
    }
}
