using System.Net;
using WitBindgen.Testing;
using ErrorCode = WitBindgen.Runtime.Wasi.Bindings.Network.ErrorCode;

namespace WitBindgen.Runtime.Tests.Wasi.Sockets;

/// <summary>
/// An instance of tests/components/sockets/sockets.wat on one backend, in a store with the given WASI grants. Each
/// method calls one export, which wraps one step of a socket state machine; a step answers <see cref="Ok"/> (with a
/// value in its low 16 bits) or the <c>error-code</c> it failed with.
/// </summary>
internal sealed class SocketsGuest : IDisposable
{
    /// <summary>The bit a step's answer carries on success.</summary>
    public const uint Ok = 0x10000;

    /// <summary>What the guest's payload (written by tcp-write and udp-send) starts with.</summary>
    public const string Payload = "hello from the guest";

    private static readonly Lazy<string> Wat = new(() =>
        File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "components", "sockets", "sockets.wat")));

    private readonly WasmEngine _engine;
    private readonly WasmComponent _component;
    private readonly ComponentLinker _linker;
    private readonly ComponentStore _store;
    private readonly ComponentInstance _instance;

    public SocketsGuest(ComponentBackend backend, WasiConfiguration wasi)
    {
        _engine = new WasmEngine(new WasmEngineOptions { Backend = backend, CacheCompiledComponents = false });
        _component = WasmComponent.FromWat(_engine, Wat.Value);
        _linker = new ComponentLinker(_engine);
        _linker.AddWasiPreview2();
        _store = new ComponentStore(_engine, wasi);
        _instance = _linker.Instantiate(_store, _component);
        _instance.Backend.ShouldBe(backend == ComponentBackend.Auto ? ComponentBackend.Direct : backend);
    }

    /// <summary>The answer of a step that failed with <paramref name="code"/>.</summary>
    public static uint Failed(ErrorCode code) => (uint)code;

    public uint TcpCreate(bool ipv6 = false) => Call("tcp-create", ipv6 ? 1u : 0u);

    public uint TcpStartBind(IPEndPoint local) => Call("tcp-start-bind", Octets(local));

    public uint TcpFinishBind() => Call("tcp-finish-bind");

    public uint TcpStartConnect(IPEndPoint remote) => Call("tcp-start-connect", Octets(remote));

    public uint TcpFinishConnect() => Call("tcp-finish-connect");

    public uint TcpStartListen() => Call("tcp-start-listen");

    public uint TcpFinishListen() => Call("tcp-finish-listen");

    public uint TcpAccept() => Call("tcp-accept");

    public uint TcpLocalPort() => Call("tcp-local-port");

    /// <summary>Blocks on the socket's pollable (until a connection is made or can be accepted).</summary>
    public uint TcpWait() => Call("tcp-wait");

    public uint TcpShutdown(uint how) => Call("tcp-shutdown", how);

    /// <summary>Writes (blocking) the first <paramref name="length"/> bytes of <see cref="Payload"/>; 100/101 for a stream error.</summary>
    public uint TcpWrite(int length) => Call("tcp-write", (uint)length);

    /// <summary>Reads (blocking) up to <paramref name="length"/> bytes; the error is 100/101 for a stream error.</summary>
    public (byte[]? Bytes, uint Error) TcpRead(int length) => Bytes("tcp-read", (uint)length);

    /// <summary>Drops the socket but not its streams.</summary>
    public void TcpDropSocket() => Call0("tcp-drop-socket");

    public void TcpClose() => Call0("tcp-close");

    public uint UdpCreate(bool ipv6 = false) => Call("udp-create", ipv6 ? 1u : 0u);

    public uint UdpStartBind(IPEndPoint local) => Call("udp-start-bind", Octets(local));

    public uint UdpFinishBind() => Call("udp-finish-bind");

    public uint UdpLocalPort() => Call("udp-local-port");

    /// <summary>New datagram streams, fixed to <paramref name="remote"/> when given.</summary>
    public uint UdpStream(IPEndPoint? remote) =>
        Call("udp-stream", [remote is null ? 0u : 1u, .. Octets(remote ?? new IPEndPoint(IPAddress.Any, 0))]);

    /// <summary>Sends the first <paramref name="length"/> bytes of <see cref="Payload"/> to <paramref name="remote"/> (none: the stream's).</summary>
    public uint UdpSend(IPEndPoint? remote, int length) =>
        Call("udp-send", [remote is null ? 0u : 1u, .. Octets(remote ?? new IPEndPoint(IPAddress.Any, 0)), (uint)length]);

    /// <summary>Receives one datagram (waiting for one first when <paramref name="block"/>); none is an empty array.</summary>
    public (byte[]? Bytes, uint Error) UdpReceive(bool block) => Bytes("udp-receive", block ? 1u : 0u);

    /// <summary>The sender's port of the datagram received last.</summary>
    public uint UdpFromPort() => Call("udp-from-port");

    public void UdpClose() => Call0("udp-close");

    public uint Lookup(string name)
    {
        var results = new ComponentVal[1];
        var args = new[] { ComponentVal.String(name) };
        try
        {
            _instance.GetFunction(null, "lookup").Call(args, results);
            return results[0].GetU32();
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }

    /// <summary>Every address of the lookup, in order, until none is left, or the error a step failed with.</summary>
    public (List<IPAddress> Addresses, uint? Error) LookupAll()
    {
        var addresses = new List<IPAddress>();
        for (var i = 0; i < 64; i++)
        {
            var (bytes, error) = Bytes("lookup-next");
            if (bytes is null)
            {
                return (addresses, error);
            }

            if (bytes.Length == 0)
            {
                return (addresses, null);
            }

            addresses.Add(bytes.Length == 4 ? new IPAddress(bytes) : new IPAddress(SwapSegments(bytes)));
        }

        throw new InvalidOperationException("The lookup did not end.");
    }

    public void LookupClose() => Call0("lookup-close");

    public void Dispose()
    {
        _store.Dispose();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    private static uint[] Octets(IPEndPoint endpoint)
    {
        var bytes = endpoint.Address.GetAddressBytes();
        return [bytes[0], bytes[1], bytes[2], bytes[3], (uint)endpoint.Port];
    }

    // The guest gives IPv6 segments as they lie in its memory (little-endian u16s).
    private static byte[] SwapSegments(byte[] bytes)
    {
        var swapped = new byte[16];
        for (var i = 0; i < 16; i += 2)
        {
            swapped[i] = bytes[i + 1];
            swapped[i + 1] = bytes[i];
        }

        return swapped;
    }

    private uint Call(string name, params uint[] args)
    {
        var values = args.Select(ComponentVal.U32).ToArray();
        var results = new ComponentVal[1];
        try
        {
            _instance.GetFunction(null, name).Call(values, results);
            return results[0].GetU32();
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }

    private void Call0(string name) => _instance.GetFunction(null, name).Call([], []);

    private (byte[]? Bytes, uint Error) Bytes(string name, params uint[] args)
    {
        var values = args.Select(ComponentVal.U32).ToArray();
        var results = new ComponentVal[1];
        try
        {
            _instance.GetFunction(null, name).Call(values, results);
            var payload = results[0].GetPayload();
            return results[0].IsOk ? (payload.GetBytes(), 0) : (null, payload.GetU32());
        }
        finally
        {
            ComponentVal.Free(results);
        }
    }
}
