using WitBindgen.Runtime.Wasi.Bindings.HostWorld;
using WitBindgen.Runtime.Wasi.Cli;
using WitBindgen.Runtime.Wasi.Clocks;
using WitBindgen.Runtime.Wasi.Filesystem;
using WitBindgen.Runtime.Wasi.Http;
using WitBindgen.Runtime.Wasi.Io;
using WitBindgen.Runtime.Wasi.Random;
using WitBindgen.Runtime.Wasi.Sockets;

namespace WitBindgen.Runtime.Wasi;

/// <summary>Puts the direct backend's WASI into a linker.</summary>
internal static class WasiDefinitions
{
    /// <summary>
    /// Defines every interface of Wasi/wit/host.wit in the direct backend's definitions of <paramref name="linker"/>
    /// (the Wasmtime backend keeps libwasmtime's WASI, which <see cref="ComponentLinker.AddWasiPreview2"/> adds beside).
    /// </summary>
    public static void AddTo(ComponentLinker linker) =>
        linker.DefineDirectOnly(() =>
        {
            DefineGenerated(linker);

            // The hot stream functions, reading into and writing from the guest's memory in place, over the generated ones.
            WasiStreamFunctions.AddTo(linker);
        });

    private static void DefineGenerated(ComponentLinker linker) =>
        Host.AddToLinker(
            linker,
            ErrorHost.Instance,
            PollHost.Instance,
            StreamsHost.Instance,
            MonotonicClockHost.Instance,
            WallClockHost.Instance,
            TimezoneHost.Instance,
            RandomHost.Instance,
            InsecureHost.Instance,
            InsecureSeedHost.Instance,
            TypesHost.Instance,
            PreopensHost.Instance,
            EnvironmentHost.Instance,
            ExitHost.Instance,
            StdinHost.Instance,
            StdoutHost.Instance,
            StderrHost.Instance,
            TerminalInputHost.Instance,
            TerminalOutputHost.Instance,
            TerminalStdinHost.Instance,
            TerminalStdoutHost.Instance,
            TerminalStderrHost.Instance,
            NetworkHost.Instance,
            InstanceNetworkHost.Instance,
            IpNameLookupHost.Instance,
            TcpHost.Instance,
            TcpCreateSocketHost.Instance,
            UdpHost.Instance,
            UdpCreateSocketHost.Instance,
            HttpTypesHost.Instance,
            OutgoingHandlerHost.Instance);
}
