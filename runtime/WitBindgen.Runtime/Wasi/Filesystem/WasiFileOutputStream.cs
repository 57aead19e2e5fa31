using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;
using WitBindgen.Runtime.Wasi.Io;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// <c>write-via-stream</c> and <c>append-via-stream</c>: writes a file from an offset on, or at its end, with
/// Wasmtime's 1 MiB <c>check-write</c> permit.
/// </summary>
internal sealed class WasiFileOutputStream : WasiOutputStream
{
    /// <summary>Wasmtime's <c>FILE_WRITE_CAPACITY</c>.</summary>
    public const int FileBudget = 1024 * 1024;

    private readonly SharedSandbox _file;
    private readonly bool _append;
    private long _offset;

    public WasiFileOutputStream(SharedSandbox file, ulong offset, bool append)
        : base(FileBudget)
    {
        _file = file.AddReference();
        _append = append;
        _offset = offset > long.MaxValue ? long.MaxValue : (long)offset;
    }

    /// <inheritdoc />
    protected override void WriteCore(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var offset = _append ? _file.Sandbox.Stat().Size : (ulong)_offset;
            while (!bytes.IsEmpty)
            {
                var written = _file.Sandbox.Write(bytes, offset);
                bytes = bytes[written..];
                offset += (ulong)written;
            }

            _offset = (long)offset;
        }
        catch (FsException exception)
        {
            throw new FsStreamException(exception.Code);
        }
    }

    /// <inheritdoc />
    protected override void Release() => _file.Release();
}
