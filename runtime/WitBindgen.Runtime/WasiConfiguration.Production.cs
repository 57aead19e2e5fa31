using System.Text;
using Microsoft.Extensions.Logging;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>Standard streams from and to .NET streams, writers and loggers, and network grants.</summary>
public sealed partial class WasiConfiguration
{
    private bool _network;
    private bool _ipNameLookup;

    /// <summary>
    /// Gives the guest the rest of <paramref name="stream"/> as standard input. The stream is read to its end now,
    /// so one configuration can serve many stores.
    /// </summary>
    public WasiConfiguration WithStandardInput(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return WithStandardInput(buffer.ToArray());
    }

    /// <summary>Gives the guest <paramref name="text"/>, encoded as UTF-8, as standard input.</summary>
    public WasiConfiguration WithStandardInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WithStandardInput(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Writes the guest's standard output to <paramref name="stream"/> (flushed after every guest write).</summary>
    public WasiConfiguration CaptureStandardOutput(Stream stream) => SetStdout(new StreamOutputSink(stream ?? throw new ArgumentNullException(nameof(stream))));

    /// <summary>Writes the guest's standard output, decoded as UTF-8, to <paramref name="writer"/> (e.g. <see cref="Console.Out"/>).</summary>
    public WasiConfiguration CaptureStandardOutput(TextWriter writer) => SetStdout(new TextWriterOutputSink(writer ?? throw new ArgumentNullException(nameof(writer))));

    /// <summary>Logs the guest's standard output, one entry per line, at <paramref name="level"/>.</summary>
    public WasiConfiguration CaptureStandardOutput(ILogger logger, LogLevel level = LogLevel.Information) =>
        SetStdout(new LoggerOutputSink(logger ?? throw new ArgumentNullException(nameof(logger)), level, "stdout"));

    /// <summary>Writes the guest's standard error to <paramref name="stream"/> (flushed after every guest write).</summary>
    public WasiConfiguration CaptureStandardError(Stream stream) => SetStderr(new StreamOutputSink(stream ?? throw new ArgumentNullException(nameof(stream))));

    /// <summary>Writes the guest's standard error, decoded as UTF-8, to <paramref name="writer"/> (e.g. <see cref="Console.Error"/>).</summary>
    public WasiConfiguration CaptureStandardError(TextWriter writer) => SetStderr(new TextWriterOutputSink(writer ?? throw new ArgumentNullException(nameof(writer))));

    /// <summary>Logs the guest's standard error, one entry per line, at <paramref name="level"/>.</summary>
    public WasiConfiguration CaptureStandardError(ILogger logger, LogLevel level = LogLevel.Warning) =>
        SetStderr(new LoggerOutputSink(logger ?? throw new ArgumentNullException(nameof(logger)), level, "stderr"));

    /// <summary>
    /// Lets the guest use TCP and UDP with any address and port (<c>wasi:sockets</c>): the direct backend grants every
    /// connect, listen and UDP use (see <see cref="WithTcpConnect"/> and its siblings for ranges). Off by default. On the
    /// Wasmtime backend libwasmtime's C API opens its address check but has no way to allow TCP or UDP, so a guest's
    /// <c>create-tcp-socket</c> and <c>create-udp-socket</c> stay <c>access-denied</c> there.
    /// </summary>
    public WasiConfiguration WithNetworkAccess()
    {
        _network = true;
        return this;
    }

    /// <summary>
    /// Lets the guest resolve host names and see every address they resolve to (<c>wasi:sockets/ip-name-lookup</c>), on
    /// both backends. Off by default; <see cref="WithIpNameLookup(string)"/> shows only a range.
    /// </summary>
    public WasiConfiguration WithIpNameLookup()
    {
        _ipNameLookup = true;
        return this;
    }

    private WasiConfiguration SetStdout(IWasiOutputSink sink)
    {
        _stdout = sink;
        _inheritStdout = false;
        return this;
    }

    private WasiConfiguration SetStderr(IWasiOutputSink sink)
    {
        _stderr = sink;
        _inheritStderr = false;
        return this;
    }

    private void ApplyNetwork(nint config)
    {
        if (_network)
        {
            NativeMethods.wasi_config_inherit_network(config);
        }

        if (_ipNameLookup)
        {
            NativeMethods.wasi_config_allow_ip_name_lookup(config, true);
        }
    }
}
