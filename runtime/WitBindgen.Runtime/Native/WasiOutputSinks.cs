using System.Text;
using Microsoft.Extensions.Logging;

namespace WitBindgen.Runtime.Native;

/// <summary>Forwards guest output to a <see cref="Stream"/>, flushing after every write.</summary>
internal sealed class StreamOutputSink(Stream stream) : IWasiOutputSink
{
    private readonly object _gate = new();

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            stream.Write(bytes);
            stream.Flush();
        }
    }

    public void Complete()
    {
    }
}

/// <summary>Decodes guest output as UTF-8 (keeping sequences split across writes intact) into a <see cref="TextWriter"/>.</summary>
internal sealed class TextWriterOutputSink(TextWriter writer) : IWasiOutputSink
{
    private readonly object _gate = new();
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            var chars = new char[_decoder.GetCharCount(bytes, flush: false)];
            var count = _decoder.GetChars(bytes, chars, flush: false);
            writer.Write(chars, 0, count);
            writer.Flush();
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            var chars = new char[_decoder.GetCharCount([], flush: true)];
            var count = _decoder.GetChars([], chars, flush: true);
            writer.Write(chars, 0, count);
            writer.Flush();
        }
    }
}

/// <summary>Logs guest output one line per entry; a last unterminated line is logged when the store is disposed.</summary>
internal sealed class LoggerOutputSink(ILogger logger, LogLevel level, string stream) : IWasiOutputSink
{
    private readonly object _gate = new();
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private readonly StringBuilder _line = new();

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            var chars = new char[_decoder.GetCharCount(bytes, flush: false)];
            var count = _decoder.GetChars(bytes, chars, flush: false);
            foreach (var c in chars.AsSpan(0, count))
            {
                if (c == '\n')
                {
                    Emit();
                }
                else if (c != '\r')
                {
                    _line.Append(c);
                }
            }
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            if (_line.Length > 0)
            {
                Emit();
            }
        }
    }

    private void Emit()
    {
        var text = _line.ToString();
        _line.Clear();
#pragma warning disable CA1848, CA2254 // One fixed template; guest output is data, never a template.
        logger.Log(level, "[{Stream}] {Line}", stream, text);
#pragma warning restore CA1848, CA2254
    }
}
