using WitBindgen.Runtime.Wasi.Bindings.Types;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// <c>directory-entry-stream</c>: the entries read when the stream was made, one per call, then none. An entry
/// whose host name is not UTF-8 is an illegal-byte-sequence error at its place, as in Wasmtime.
/// </summary>
internal sealed class WasiDirectoryEntryStream : DirectoryEntryStream
{
    private readonly IReadOnlyList<FsDirectoryEntry> _entries;
    private int _next;

    public WasiDirectoryEntryStream(IReadOnlyList<FsDirectoryEntry> entries)
    {
        _entries = entries;
    }

    /// <inheritdoc />
    public override Result<DirectoryEntry?, ErrorCode> ReadDirectoryEntry()
    {
        if (_next >= _entries.Count)
        {
            return Result<DirectoryEntry?, ErrorCode>.Ok(null);
        }

        var entry = _entries[_next++];
        return entry.Name is { } name
            ? Result<DirectoryEntry?, ErrorCode>.Ok(new DirectoryEntry((DescriptorType)entry.Type, name))
            : Result<DirectoryEntry?, ErrorCode>.Err(ErrorCode.IllegalByteSequence);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
    }
}
