using System.Net;
using WitBindgen.Runtime.Wasi.Sockets;

namespace WitBindgen.Runtime;

/// <summary>Network grants by address range and port (<c>wasi:sockets</c>), which only the direct backend honours.</summary>
public sealed partial class WasiConfiguration
{
    // Replaced, never changed, on each grant, so a store's copy (Snapshot) shares it safely.
    private SocketGrant[] _socketGrants = [];

    /// <summary>
    /// Lets the guest connect TCP sockets to the addresses in <paramref name="addressRange"/> (CIDR such as
    /// <c>127.0.0.0/8</c>, or one address) on <paramref name="port"/>, or on any port when it is null. Only the
    /// direct backend honours it; <see cref="WithNetworkAccess"/> grants every address.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="addressRange"/> is not an address or CIDR range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0 to 65535.</exception>
    public WasiConfiguration WithTcpConnect(string addressRange, int? port = null) =>
        AddSocketGrant(SocketUse.TcpConnect, addressRange, port, "WasiConfiguration.WithTcpConnect");

    /// <summary>
    /// Lets the guest bind TCP sockets (to listen) to the addresses in <paramref name="addressRange"/> on
    /// <paramref name="port"/>, or on any port when it is null (port 0, "any free port", needs a null port). Only the
    /// direct backend honours it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="addressRange"/> is not an address or CIDR range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0 to 65535.</exception>
    public WasiConfiguration WithTcpListen(string addressRange, int? port = null) =>
        AddSocketGrant(SocketUse.TcpListen, addressRange, port, "WasiConfiguration.WithTcpListen");

    /// <summary>
    /// Lets the guest use UDP with the addresses in <paramref name="addressRange"/> on <paramref name="port"/> (any
    /// when null): bind to them, send to them and receive from them; datagrams from other addresses are dropped.
    /// Only the direct backend honours it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="addressRange"/> is not an address or CIDR range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0 to 65535.</exception>
    public WasiConfiguration WithUdp(string addressRange, int? port = null) =>
        AddSocketGrant(SocketUse.Udp, addressRange, port, "WasiConfiguration.WithUdp");

    /// <summary>
    /// Lets the guest resolve host names, seeing only the resolved addresses in <paramref name="addressRange"/>; a
    /// name with none there fails as unresolvable by policy (<c>permanent-resolver-failure</c>). Only the direct
    /// backend honours it; <see cref="WithIpNameLookup()"/> shows every address.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="addressRange"/> is not an address or CIDR range.</exception>
    public WasiConfiguration WithIpNameLookup(string addressRange) =>
        AddSocketGrant(SocketUse.NameLookup, addressRange, null, "WasiConfiguration.WithIpNameLookup(string)");

    /// <summary>Whether any grant (or <see cref="WithNetworkAccess"/> / <see cref="WithIpNameLookup()"/>) allows <paramref name="use"/>.</summary>
    internal bool GrantsAny(SocketUse use) =>
        GrantsAll(use) || Array.Exists(_socketGrants, g => g.Use == use);

    /// <summary>Whether the guest may use <paramref name="endpoint"/> for <paramref name="use"/>.</summary>
    internal bool Grants(SocketUse use, IPEndPoint endpoint)
    {
        if (GrantsAll(use))
        {
            return true;
        }

        var address = endpoint.Address.IsIPv4MappedToIPv6 ? endpoint.Address.MapToIPv4() : endpoint.Address;
        foreach (var grant in _socketGrants)
        {
            if (grant.Use == use && grant.Range.Contains(address) && (grant.Port is null || grant.Port == endpoint.Port))
            {
                return true;
            }
        }

        return false;
    }

    private bool GrantsAll(SocketUse use) => use == SocketUse.NameLookup ? _ipNameLookup : _network;

    private WasiConfiguration AddSocketGrant(SocketUse use, string addressRange, int? port, string option)
    {
        ArgumentException.ThrowIfNullOrEmpty(addressRange);
        if (port is < 0 or > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, $"{option}: the port must be 0 to 65535, not {port}.");
        }

        var text = addressRange.Trim();
        IPNetwork range;
        if (IPAddress.TryParse(text, out var single) && !text.Contains('/', StringComparison.Ordinal))
        {
            range = new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }
        else if (!IPNetwork.TryParse(text, out range) || !range.BaseAddress.Equals(IPAddress.Parse(text[..text.IndexOf('/', StringComparison.Ordinal)])))
        {
            throw new ArgumentException(
                $"{option}: '{addressRange}' is not an IP address or a CIDR range such as 127.0.0.0/8 (with no host bits set).",
                nameof(addressRange));
        }

        _socketGrants = [.. _socketGrants, new SocketGrant(use, range, port)];
        UseDirectOnlyOption(option);
        return this;
    }
}
