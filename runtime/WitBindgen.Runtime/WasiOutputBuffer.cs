using System.Text;

namespace WitBindgen.Runtime;

/// <summary>Collects what a guest writes to a captured WASI stream (see <see cref="WasiConfiguration.CaptureStandardOutput(WasiOutputBuffer)"/>). Thread-safe.</summary>
public sealed class WasiOutputBuffer : IWasiOutputSink
{
    private readonly object _gate = new();
    private readonly MemoryStream _bytes = new();

    /// <summary>Everything written so far.</summary>
    public byte[] ToArray()
    {
        lock (_gate)
        {
            return _bytes.ToArray();
        }
    }

    /// <summary>Everything written so far, decoded as UTF-8.</summary>
    public string GetText() => Encoding.UTF8.GetString(ToArray());

    /// <summary>Discards what was written so far.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _bytes.SetLength(0);
        }
    }

    void IWasiOutputSink.Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            _bytes.Write(bytes);
        }
    }

    void IWasiOutputSink.Complete()
    {
    }
}
