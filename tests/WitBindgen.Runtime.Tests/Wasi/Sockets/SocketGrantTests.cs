using System.Net.Sockets;
using WitBindgen.Runtime.Native;
using WitBindgen.Runtime.Wasi;
using WitBindgen.Runtime.Wasi.Io;
using WitBindgen.Runtime.Wasi.Sockets;
using WitBindgen.Wit.Binary.Loading;
using static WitBindgen.Runtime.Tests.Wasi.Sockets.SocketsGuest;
using ErrorCode = WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>
/// The network options of <see cref="WasiConfiguration"/>: their validation, what each backend honours (and the
/// Wasmtime backend's limit), the registry that lets a socket guest run direct under Auto, and network-error-code.
/// </summary>
public sealed class SocketGrantTests
{
    [Fact]
    public void A_malformed_range_or_port_is_refused_naming_the_option_and_value()
    {
        Should.Throw<ArgumentException>(() => new WasiConfiguration().WithTcpConnect("localhost"))
            .Message.ShouldContain("WasiConfiguration.WithTcpConnect: 'localhost' is not an IP address or a CIDR range");
        Should.Throw<ArgumentException>(() => new WasiConfiguration().WithTcpListen("10.0.0.1/8"))
            .Message.ShouldContain("'10.0.0.1/8'");
        Should.Throw<ArgumentOutOfRangeException>(() => new WasiConfiguration().WithUdp("127.0.0.1", 70000))
            .Message.ShouldContain("WasiConfiguration.WithUdp: the port must be 0 to 65535, not 70000.");
    }

    [Theory]
    [InlineData("WithTcpConnect")]
    [InlineData("WithTcpListen")]
    [InlineData("WithUdp")]
    [InlineData("WithIpNameLookup(string)")]
    public void A_range_grant_is_refused_on_the_wasmtime_backend_by_name(string option)
    {
        var wasi = option switch
        {
            "WithTcpConnect" => new WasiConfiguration().WithTcpConnect("127.0.0.1"),
            "WithTcpListen" => new WasiConfiguration().WithTcpListen("127.0.0.1"),
            "WithUdp" => new WasiConfiguration().WithUdp("127.0.0.1"),
            _ => new WasiConfiguration().WithIpNameLookup("127.0.0.0/8"),
        };

        Should.Throw<WitRuntimeException>(() => new SocketsGuest(ComponentBackend.Wasmtime, wasi).Dispose())
            .Message.ShouldContain($"WasiConfiguration.{option}, which only the direct backend honours");
    }

    [Fact]
    public void Network_access_on_the_wasmtime_backend_still_denies_sockets_while_the_direct_backend_grants_them()
    {
        // libwasmtime's C API has no way to allow TCP or UDP (wasi_config_inherit_network only opens the address
        // check), so the Wasmtime backend refuses every socket; name lookup, which it can allow, works there.
        var wasi = new WasiConfiguration().WithNetworkAccess();
        using (var wasmtime = new SocketsGuest(ComponentBackend.Wasmtime, wasi))
        {
            wasmtime.TcpCreate().ShouldBe(Failed(ErrorCode.AccessDenied));
            wasmtime.UdpCreate().ShouldBe(Failed(ErrorCode.AccessDenied));
        }

        using var direct = new SocketsGuest(ComponentBackend.Direct, wasi);
        direct.TcpCreate().ShouldBe(Ok);
        direct.UdpCreate().ShouldBe(Ok);
        direct.TcpClose();
        direct.UdpClose();
    }

    [Fact]
    public void A_socket_guest_runs_on_the_direct_backend_under_auto()
    {
        foreach (var name in SocketsInterfaces.Implemented)
        {
            WasiInterfaces.IsImplemented(name).ShouldBeTrue(name);
        }

        using var guest = new SocketsGuest(ComponentBackend.Auto, new WasiConfiguration().WithNetworkAccess());
        guest.TcpCreate().ShouldBe(Ok);
        guest.TcpClose();
    }

    [Fact]
    public void Importing_network_error_code_needs_its_unstable_feature_on_the_direct_backend()
    {
        var plan = ComponentLoader.Load(WatText.ToBinary(ImportsNetworkErrorCode, wasm => wasm.ToArray()));

        WasiImports.FindUnserved(plan, ComponentBackend.Auto).ShouldBeNull();
        WasiImports.FindDisabledFeature(plan, new WasiConfiguration()).ShouldBe(
            "The component imports wasi:sockets/network@0.2.12, which is @unstable(feature = network-error-code): "
            + "enable it for the store with WasiConfiguration.WithUnstableFeature(\"network-error-code\").");
        WasiImports.FindDisabledFeature(plan, new WasiConfiguration().WithUnstableFeature("network-error-code")).ShouldBeNull();
    }

    [Fact]
    public void Network_error_code_reports_the_socket_failure_behind_a_stream_error()
    {
        var reset = new WasiError("read failed: I/O error", cause: new IOException("reset", new SocketException((int)SocketError.ConnectionReset)));
        var other = new WasiError("read failed: I/O error", cause: new IOException("disk"));

        NetworkHost.Instance.NetworkErrorCode(reset).ShouldBe(ErrorCode.ConnectionReset);
        NetworkHost.Instance.NetworkErrorCode(other).ShouldBeNull();
    }

    private const string ImportsNetworkErrorCode = """
        (component $C
          (import "wasi:io/error@0.2.12" (instance $io (export "error" (type (sub resource)))))
          (alias export $io "error" (type $error))
          (import "wasi:sockets/network@0.2.12" (instance
            (alias outer $C $error (type $e0))
            (export "error" (type $e (eq $e0)))
            (type $ec0 (enum "unknown" "access-denied" "not-supported" "invalid-argument" "out-of-memory" "timeout" "concurrency-conflict" "not-in-progress" "would-block" "invalid-state" "new-socket-limit" "address-not-bindable" "address-in-use" "remote-unreachable" "connection-refused" "connection-reset" "connection-aborted" "datagram-too-large" "name-unresolvable" "temporary-resolver-failure" "permanent-resolver-failure"))
            (export "error-code" (type $ec (eq $ec0)))
            (export "network-error-code" (func (param "err" (borrow $e)) (result (option $ec)))))))
        """;
}
