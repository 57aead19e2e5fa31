namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>The direct backend's <c>wasi:sockets/instance-network</c>.</summary>
internal sealed class InstanceNetworkHost : global::WitBindgen.Runtime.Wasi.Bindings.InstanceNetwork.IInstanceNetwork
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly InstanceNetworkHost Instance = new();

    /// <summary>A new handle to the network; what it reaches is decided by the store's configuration.</summary>
    public Bindings.Network.Network InstanceNetwork() => new WasiNetwork();
}
