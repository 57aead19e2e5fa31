using WitBindgen.Runtime.Wasi.Bindings.Streams;
using WitBindgen.Runtime.Wasi.Bindings.Types;
using WitBindgen.Runtime.Wasi.Bindings.WallClock;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// <c>wasi:filesystem/types.descriptor</c> over a sandbox descriptor: converts WIT values to the sandbox's and
/// its failures to <c>error-code</c> results (the sandbox makes every check).
/// </summary>
internal sealed class WasiDescriptor : Descriptor
{
    /// <summary>The most one <c>read</c> returns, so a guest's length never sizes an allocation (Wasmtime's limit too).</summary>
    private const int MaxRead = 64 * 1024;

    private readonly SharedSandbox _shared;
    private bool _disposed;

    /// <summary>A new handle to <paramref name="shared"/>, holding a reference of its own.</summary>
    public WasiDescriptor(SharedSandbox shared)
    {
        _shared = shared.AddReference();
    }

    private SandboxDescriptor Sandbox => _shared.Sandbox;

    /// <inheritdoc />
    public override Result<InputStream, ErrorCode> ReadViaStream(ulong offset) =>
        Sandbox.IsDirectory
            ? Result<InputStream, ErrorCode>.Err(ErrorCode.IsDirectory)
            : Result<InputStream, ErrorCode>.Ok(new WasiFileInputStream(_shared, offset));

    /// <inheritdoc />
    public override Result<OutputStream, ErrorCode> WriteViaStream(ulong offset) => Output(offset, append: false);

    /// <inheritdoc />
    public override Result<OutputStream, ErrorCode> AppendViaStream() => Output(0, append: true);

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> Advise(ulong offset, ulong length, Advice advice) => Run(() => Sandbox.Advise(offset, length));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SyncData() => Run(() => Sandbox.Sync(dataOnly: true));

    /// <inheritdoc />
    public override Result<DescriptorFlags, ErrorCode> GetFlags() => Run(() => (DescriptorFlags)Sandbox.GetFlags());

    /// <inheritdoc />
    public override Result<DescriptorType, ErrorCode> GetType2() => Run(() => (DescriptorType)Sandbox.GetDescriptorType());

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetSize(ulong size) => Run(() => Sandbox.SetSize(size));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetTimes(NewTimestamp dataAccessTimestamp, NewTimestamp dataModificationTimestamp) =>
        Run(() => Sandbox.SetTimes(Convert(dataAccessTimestamp), Convert(dataModificationTimestamp)));

    /// <inheritdoc />
    public override Result<(byte[], bool), ErrorCode> Read(ulong length, ulong offset)
    {
        try
        {
            var buffer = new byte[(int)Math.Min(length, MaxRead)];
            var count = Sandbox.Read(buffer, offset);
            return Result<(byte[], bool), ErrorCode>.Ok((buffer.AsSpan(0, count).ToArray(), count == 0));
        }
        catch (FsException exception)
        {
            return Result<(byte[], bool), ErrorCode>.Err((ErrorCode)exception.Code);
        }
    }

    /// <inheritdoc />
    public override Result<ulong, ErrorCode> Write(byte[] buffer, ulong offset) => Run(() => (ulong)Sandbox.Write(buffer, offset));

    /// <inheritdoc />
    public override Result<DirectoryEntryStream, ErrorCode> ReadDirectory() =>
        Run<DirectoryEntryStream>(() => new WasiDirectoryEntryStream(Sandbox.ReadDirectory()));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> Sync() => Run(() => Sandbox.Sync(dataOnly: false));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> CreateDirectoryAt(string path) => Run(() => Sandbox.CreateDirectoryAt(path));

    /// <inheritdoc />
    public override Result<DescriptorStat, ErrorCode> Stat() => Run(() => Convert(Sandbox.Stat()));

    /// <inheritdoc />
    public override Result<DescriptorStat, ErrorCode> StatAt(PathFlags pathFlags, string path) =>
        Run(() => Convert(Sandbox.StatAt((FsPathFlags)pathFlags, path)));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SetTimesAt(PathFlags pathFlags, string path, NewTimestamp dataAccessTimestamp, NewTimestamp dataModificationTimestamp) =>
        Run(() => Sandbox.SetTimesAt((FsPathFlags)pathFlags, path, Convert(dataAccessTimestamp), Convert(dataModificationTimestamp)));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> LinkAt(PathFlags oldPathFlags, string oldPath, Descriptor newDescriptor, string newPath) =>
        Run(() => Sandbox.LinkAt((FsPathFlags)oldPathFlags, oldPath, Of(newDescriptor), newPath));

    /// <inheritdoc />
    public override Result<Descriptor, ErrorCode> OpenAt(PathFlags pathFlags, string path, OpenFlags openFlags, DescriptorFlags flags) =>
        Run<Descriptor>(() =>
        {
            var shared = new SharedSandbox(Sandbox.OpenAt((FsPathFlags)pathFlags, path, (FsOpenFlags)openFlags, (FsDescriptorFlags)flags));
            var descriptor = new WasiDescriptor(shared);
            shared.Release();
            return descriptor;
        });

    /// <inheritdoc />
    public override Result<string, ErrorCode> ReadlinkAt(string path) => Run(() => Sandbox.ReadlinkAt(path));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> RemoveDirectoryAt(string path) => Run(() => Sandbox.RemoveDirectoryAt(path));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> RenameAt(string oldPath, Descriptor newDescriptor, string newPath) =>
        Run(() => Sandbox.RenameAt(oldPath, Of(newDescriptor), newPath));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> SymlinkAt(string oldPath, string newPath) => Run(() => Sandbox.SymlinkAt(oldPath, newPath));

    /// <inheritdoc />
    public override Result<Unit, ErrorCode> UnlinkFileAt(string path) => Run(() => Sandbox.UnlinkFileAt(path));

    /// <inheritdoc />
    public override bool IsSameObject(Descriptor other)
    {
        try
        {
            return Sandbox.IsSameObject(Of(other));
        }
        catch (FsException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public override Result<MetadataHashValue, ErrorCode> MetadataHash() => Run(() => Convert(Sandbox.MetadataHash()));

    /// <inheritdoc />
    public override Result<MetadataHashValue, ErrorCode> MetadataHashAt(PathFlags pathFlags, string path) =>
        Run(() => Convert(Sandbox.MetadataHashAt((FsPathFlags)pathFlags, path)));

    /// <summary>Lets go of this handle's reference when the guest drops it.</summary>
    public override void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _shared.Release();
        }
    }

    private static SandboxDescriptor Of(Descriptor descriptor) =>
        ((WasiDescriptor)descriptor).Sandbox;

    private static Result<Unit, ErrorCode> Run(Action operation)
    {
        try
        {
            operation();
            return Result<Unit, ErrorCode>.Ok(Unit.Value);
        }
        catch (FsException exception)
        {
            return Result<Unit, ErrorCode>.Err((ErrorCode)exception.Code);
        }
    }

    private static Result<T, ErrorCode> Run<T>(Func<T> operation)
    {
        try
        {
            return Result<T, ErrorCode>.Ok(operation());
        }
        catch (FsException exception)
        {
            return Result<T, ErrorCode>.Err((ErrorCode)exception.Code);
        }
    }

    private static FsNewTimestamp Convert(NewTimestamp time) => time switch
    {
        NewTimestamp.Now => FsNewTimestamp.Now,
        NewTimestamp.Timestamp at => FsNewTimestamp.At(new FsTimestamp(at.Value.Seconds, at.Value.Nanoseconds)),
        _ => FsNewTimestamp.NoChange,
    };

    private static DescriptorStat Convert(FsStat stat) => new(
        (DescriptorType)stat.Type,
        stat.LinkCount,
        stat.Size,
        Convert(stat.DataAccessTimestamp),
        Convert(stat.DataModificationTimestamp),
        Convert(stat.StatusChangeTimestamp));

    private static Datetime? Convert(FsTimestamp? time) => time is { } value ? new Datetime(value.Seconds, value.Nanoseconds) : null;

    private static MetadataHashValue Convert(FsMetadataHash hash) => new(hash.Lower, hash.Upper);

    private Result<OutputStream, ErrorCode> Output(ulong offset, bool append)
    {
        if (Sandbox.IsDirectory)
        {
            return Result<OutputStream, ErrorCode>.Err(ErrorCode.BadDescriptor);
        }

        return Sandbox.Grant.ReadOnly
            ? Result<OutputStream, ErrorCode>.Err(ErrorCode.NotPermitted)
            : Result<OutputStream, ErrorCode>.Ok(new WasiFileOutputStream(_shared, offset, append));
    }
}
