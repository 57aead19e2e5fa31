using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;
using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary><c>read-via-stream</c>: reads a file from an offset on, always ready (a file read does not wait).</summary>
internal sealed class WasiFileInputStream : WasiInputStream
{
    private readonly SharedSandbox _file;
    private long _offset;

    public WasiFileInputStream(SharedSandbox file, ulong offset)
    {
        _file = file.AddReference();
        _offset = offset > long.MaxValue ? long.MaxValue : (long)offset;
    }

    /// <inheritdoc />
    protected override bool IsReadable => true;

    /// <inheritdoc />
    /// <remarks>A file read never waits and reads only the stream's own file.</remarks>
    public override bool ReadsInScope => false;

    /// <inheritdoc />
    protected override int ReadAvailable(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        int count;
        try
        {
            count = _file.Sandbox.Read(buffer, (ulong)_offset);
        }
        catch (FsException exception)
        {
            throw new FsStreamException(exception.Code);
        }

        if (count == 0)
        {
            return -1;
        }

        _offset += count;
        return count;
    }

    /// <inheritdoc />
    protected override Task WhenReadable() => Task.CompletedTask;

    /// <inheritdoc />
    protected override void Release() => _file.Release();
}
