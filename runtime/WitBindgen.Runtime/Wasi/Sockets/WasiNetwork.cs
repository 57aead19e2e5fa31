namespace WitBindgen.Runtime.Wasi.Sockets;

/// <summary>
/// The direct backend's <c>wasi:sockets/network#network</c>: the handle a guest passes to bind, connect and look up
/// names. It carries no state: what the guest may reach is the store's <see cref="WasiConfiguration"/>.
/// </summary>
internal sealed class WasiNetwork : Bindings.Network.Network
{
}
