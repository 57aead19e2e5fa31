using System.Collections.Frozen;
using WitBindgen.Runtime.Wasi.Cli;
using WitBindgen.Runtime.Wasi.Clocks;
using WitBindgen.Runtime.Wasi.Filesystem;
using WitBindgen.Runtime.Wasi.Http;
using WitBindgen.Runtime.Wasi.Io;
using WitBindgen.Runtime.Wasi.Random;
using WitBindgen.Runtime.Wasi.Sockets;

namespace WitBindgen.Runtime.Wasi;

/// <summary>
/// The WASI interfaces the direct backend implements, from which it decides whether it can run a component that
/// imports <c>wasi:*</c>. Each package lists its own interfaces in its folder (<c>…Interfaces.Implemented</c>),
/// once they are complete.
/// </summary>
internal static class WasiInterfaces
{
    /// <summary>The WASI version the runtime's definitions are generated from (Wasi/wit/host.wit).</summary>
    public const string Version = "0.2.12";

    private static readonly FrozenSet<string> Implemented = IoInterfaces.Implemented
        .Concat(ClocksInterfaces.Implemented)
        .Concat(RandomInterfaces.Implemented)
        .Concat(FilesystemInterfaces.Implemented)
        .Concat(CliInterfaces.Implemented)
        .Concat(SocketsInterfaces.Implemented)
        .Concat(HttpInterfaces.Implemented)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the interface <paramref name="name"/> (without version, <c>wasi:io/streams</c>) is implemented.</summary>
    public static bool IsImplemented(string name) => Implemented.Contains(name);
}
