namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>The operations an implementation provides once the common checks have passed.</summary>
internal abstract partial class SandboxDescriptor
{
    protected abstract SandboxDescriptor OpenAtCore(SandboxPath path, bool follow, FsOpenFlags openFlags, bool read, bool write);

    protected abstract int ReadCore(Span<byte> buffer, long offset);

    protected abstract int WriteCore(ReadOnlySpan<byte> data, long offset);

    protected abstract void SetSizeCore(long size);

    protected abstract void SyncCore(bool dataOnly);

    protected abstract FsStat StatCore();

    protected abstract FsStat StatAtCore(SandboxPath path, bool follow);

    protected abstract void SetTimesCore(FsNewTimestamp access, FsNewTimestamp modification);

    protected abstract void SetTimesAtCore(SandboxPath path, bool follow, FsNewTimestamp access, FsNewTimestamp modification);

    protected abstract IReadOnlyList<FsDirectoryEntry> ReadDirectoryCore();

    protected abstract void CreateDirectoryAtCore(SandboxPath path);

    protected abstract void RemoveDirectoryAtCore(SandboxPath path);

    protected abstract void UnlinkFileAtCore(SandboxPath path);

    /// <summary>Renames; <paramref name="newDirectory"/> is a directory of any implementation (refuse another one).</summary>
    protected abstract void RenameAtCore(SandboxPath oldPath, SandboxDescriptor newDirectory, SandboxPath newPath);

    protected abstract void SymlinkAtCore(string target, SandboxPath path);

    protected abstract string ReadlinkAtCore(SandboxPath path);

    protected abstract void LinkAtCore(SandboxPath oldPath, SandboxDescriptor newDirectory, SandboxPath newPath);

    /// <summary>The object's identity: a device and inode pair or its in-memory equivalent.</summary>
    protected abstract (ulong Device, ulong Inode) IdentityCore();

    protected abstract (ulong Device, ulong Inode) IdentityAtCore(SandboxPath path, bool follow);
}
