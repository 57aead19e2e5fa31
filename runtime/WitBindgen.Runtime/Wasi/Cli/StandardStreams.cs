using WitBindgen.Runtime.Wasi.Io;
using InputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.InputStream;
using OutputStream = global::WitBindgen.Runtime.Wasi.Bindings.Streams.OutputStream;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// Makes the streams <c>get-stdin</c>, <c>get-stdout</c> and <c>get-stderr</c> return from the calling store's
/// configuration, with the permits Wasmtime gives them (measured on libwasmtime 50: <c>check-write</c> permits
/// 8 KiB into a capture and 64 KiB into the host's stream or when output is discarded).
/// </summary>
internal static class StandardStreams
{
    /// <summary>What <c>check-write</c> permits on the inherited or discarded standard output and error.</summary>
    public const int UncapturedBudget = 64 * 1024;

    /// <summary>
    /// A new stream over the store's standard input: the host's (inherited), the fixed bytes (read on from where
    /// earlier streams stopped), or none (closed at once).
    /// </summary>
    public static InputStream Input()
    {
        var context = WasiContext.Current;
        var configuration = context.Configuration;
        if (configuration.InheritsStandardInput)
        {
            return new WasiStreamInputStream(HostStandardStreams.StandardInput, leaveOpen: true, readAhead: true);
        }

        var input = context.GetState(static c => new SharedStdinBytes(c.Configuration.StandardInputBytes ?? []));
        return new StdinBytesInputStream(input);
    }

    /// <summary>A new stream over the store's standard output.</summary>
    public static OutputStream Output()
    {
        var configuration = WasiContext.Current.Configuration;
        return Create(configuration.InheritsStandardOutput, configuration.StandardOutputSink, HostStandardStreams.StandardOutput);
    }

    /// <summary>A new stream over the store's standard error.</summary>
    public static OutputStream Error()
    {
        var configuration = WasiContext.Current.Configuration;
        return Create(configuration.InheritsStandardError, configuration.StandardErrorSink, HostStandardStreams.StandardError);
    }

    private static OutputStream Create(bool inherits, IWasiOutputSink? sink, Stream host) =>
        inherits ? new WasiStreamOutputStream(host, leaveOpen: true, UncapturedBudget)
        : sink is not null ? new WasiSinkOutputStream(sink)
        : new WasiSinkOutputStream(DiscardingOutputSink.Instance, UncapturedBudget);
}
