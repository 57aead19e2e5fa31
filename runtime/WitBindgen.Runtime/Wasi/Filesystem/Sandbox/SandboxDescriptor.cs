namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// A file or directory the guest holds, with the operations of <c>wasi:filesystem/types.descriptor</c>. Every
/// path is resolved beneath this descriptor (a directory is the root of what it can reach: <c>..</c> never
/// climbs above it). The checks Wasmtime makes before asking the operating system are made here, in its order
/// and with its error codes, so that the host and in-memory implementations behave alike; failures throw
/// <see cref="FsException"/>.
/// </summary>
internal abstract partial class SandboxDescriptor : IDisposable
{
    private const FsDescriptorFlags SyncFlags =
        FsDescriptorFlags.FileIntegritySync | FsDescriptorFlags.DataIntegritySync | FsDescriptorFlags.RequestedWriteSync;

    protected SandboxDescriptor(SandboxGrant grant, bool isDirectory, bool readable, bool writable)
    {
        Grant = grant;
        IsDirectory = isDirectory;
        Readable = readable;
        Writable = writable;
    }

    /// <summary>The preopen this descriptor was opened beneath.</summary>
    public SandboxGrant Grant { get; }

    /// <summary>Whether this descriptor is a directory (else a file of some other type).</summary>
    public bool IsDirectory { get; }

    /// <summary>Whether the descriptor was opened for reading.</summary>
    public bool Readable { get; }

    /// <summary>Whether the descriptor was opened for writing (for a directory: to mutate it).</summary>
    public bool Writable { get; }

    /// <summary>Opens <paramref name="path"/> beneath this directory.</summary>
    public SandboxDescriptor OpenAt(FsPathFlags pathFlags, string path, FsOpenFlags openFlags, FsDescriptorFlags flags)
    {
        RequireDirectory();
        var create = (openFlags & FsOpenFlags.Create) != 0;
        var write = create || (openFlags & FsOpenFlags.Truncate) != 0 || (flags & FsDescriptorFlags.Write) != 0;
        var read = (flags & FsDescriptorFlags.Read) != 0 || (flags & FsDescriptorFlags.Write) == 0;
        if ((flags & SyncFlags) != 0)
        {
            throw new FsException(FsErrorCode.Unsupported);
        }

        if ((openFlags & FsOpenFlags.Directory) != 0 && (openFlags & (FsOpenFlags.Create | FsOpenFlags.Exclusive | FsOpenFlags.Truncate)) != 0)
        {
            throw new FsException(FsErrorCode.Invalid);
        }

        if (Grant.ReadOnly && write)
        {
            throw new FsException(FsErrorCode.NotPermitted);
        }

        return OpenAtCore(SandboxPath.Parse(path), Follows(pathFlags), openFlags, read, write);
    }

    /// <summary>Reads up to <paramref name="buffer"/>'s length at <paramref name="offset"/>; 0 at the end.</summary>
    public int Read(Span<byte> buffer, ulong offset)
    {
        RequireFile();
        if (!Readable)
        {
            throw new FsException(FsErrorCode.BadDescriptor);
        }

        return buffer.IsEmpty ? 0 : ReadCore(buffer, CheckOffset(offset));
    }

    /// <summary>Writes <paramref name="data"/> at <paramref name="offset"/> and returns how much was written.</summary>
    public int Write(ReadOnlySpan<byte> data, ulong offset)
    {
        RequireFile();
        RequireMutable();
        if (!Writable)
        {
            throw new FsException(FsErrorCode.BadDescriptor);
        }

        return data.IsEmpty ? 0 : WriteCore(data, CheckOffset(offset));
    }

    /// <summary>Sets the file's size, cutting or zero-extending it.</summary>
    public void SetSize(ulong size)
    {
        RequireFile();
        RequireMutable();
        SetSizeCore(CheckOffset(size));
    }

    /// <summary>Accepts an access-pattern hint and does nothing with it.</summary>
    public void Advise(ulong offset, ulong length)
    {
        _ = offset;
        _ = length;
        RequireFile();
    }

    /// <summary>Flushes data (and metadata unless <paramref name="dataOnly"/>) to the storage device.</summary>
    public void Sync(bool dataOnly) => SyncCore(dataOnly);

    /// <summary>The flags the descriptor was opened with.</summary>
    public FsDescriptorFlags GetFlags()
    {
        var flags = Readable ? FsDescriptorFlags.Read : FsDescriptorFlags.None;
        if (Writable)
        {
            flags |= IsDirectory ? FsDescriptorFlags.MutateDirectory : FsDescriptorFlags.Write;
        }

        return flags;
    }

    /// <summary>The type of the object the descriptor refers to.</summary>
    public FsDescriptorType GetDescriptorType() => IsDirectory ? FsDescriptorType.Directory : StatCore().Type;

    /// <summary>The descriptor's own metadata.</summary>
    public FsStat Stat() => StatCore();

    /// <summary>The metadata of <paramref name="path"/> beneath this directory.</summary>
    public FsStat StatAt(FsPathFlags pathFlags, string path)
    {
        RequireDirectory();
        return StatAtCore(SandboxPath.Parse(path), Follows(pathFlags));
    }

    /// <summary>Sets the descriptor's access and modification times.</summary>
    public void SetTimes(FsNewTimestamp access, FsNewTimestamp modification)
    {
        RequireMutable();
        SetTimesCore(access, modification);
    }

    /// <summary>Sets the access and modification times of <paramref name="path"/> beneath this directory.</summary>
    public void SetTimesAt(FsPathFlags pathFlags, string path, FsNewTimestamp access, FsNewTimestamp modification)
    {
        RequireDirectory();
        RequireMutable();
        SetTimesAtCore(SandboxPath.Parse(path), Follows(pathFlags), access, modification);
    }

    /// <summary>The directory's entries, without <c>.</c> and <c>..</c>.</summary>
    public IReadOnlyList<FsDirectoryEntry> ReadDirectory()
    {
        RequireDirectory();
        return ReadDirectoryCore();
    }

    /// <summary>Creates the directory <paramref name="path"/>.</summary>
    public void CreateDirectoryAt(string path)
    {
        RequireDirectory();
        RequireMutable();
        CreateDirectoryAtCore(SandboxPath.Parse(path));
    }

    /// <summary>Removes the empty directory <paramref name="path"/>.</summary>
    public void RemoveDirectoryAt(string path)
    {
        RequireDirectory();
        RequireMutable();
        RemoveDirectoryAtCore(SandboxPath.Parse(path));
    }

    /// <summary>Removes the file or symbolic link <paramref name="path"/>.</summary>
    public void UnlinkFileAt(string path)
    {
        RequireDirectory();
        RequireMutable();
        UnlinkFileAtCore(SandboxPath.Parse(path));
    }

    /// <summary>Moves <paramref name="oldPath"/> to <paramref name="newPath"/> beneath <paramref name="newDirectory"/>.</summary>
    public void RenameAt(string oldPath, SandboxDescriptor newDirectory, string newPath)
    {
        ArgumentNullException.ThrowIfNull(newDirectory);
        RequireDirectory();
        newDirectory.RequireDirectory();
        RequireMutable();
        newDirectory.RequireMutable();
        if (Grant.ReadOnly != newDirectory.Grant.ReadOnly)
        {
            throw new FsException(FsErrorCode.NotPermitted);
        }

        RenameAtCore(SandboxPath.Parse(oldPath), newDirectory, SandboxPath.Parse(newPath));
    }

    /// <summary>Creates the symbolic link <paramref name="path"/> with the text <paramref name="target"/>.</summary>
    public void SymlinkAt(string target, string path)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireDirectory();
        RequireMutable();
        if (target.Contains('\0', StringComparison.Ordinal))
        {
            throw new FsException(FsErrorCode.Invalid);
        }

        if (target.StartsWith('/'))
        {
            // A link that names an absolute host path could never be followed beneath a preopen anyway.
            throw new FsException(FsErrorCode.NotPermitted);
        }

        SymlinkAtCore(target, SandboxPath.Parse(path));
    }

    /// <summary>The text of the symbolic link <paramref name="path"/>.</summary>
    public string ReadlinkAt(string path)
    {
        RequireDirectory();
        return ReadlinkAtCore(SandboxPath.Parse(path));
    }

    /// <summary>
    /// Creates the hard link <paramref name="newPath"/> beneath <paramref name="newDirectory"/> to
    /// <paramref name="oldPath"/>. Both must be beneath the same preopen: a link never carries a file from one
    /// grant into another.
    /// </summary>
    public void LinkAt(FsPathFlags oldPathFlags, string oldPath, SandboxDescriptor newDirectory, string newPath)
    {
        ArgumentNullException.ThrowIfNull(newDirectory);
        RequireDirectory();
        newDirectory.RequireDirectory();
        RequireMutable();
        newDirectory.RequireMutable();
        if (Follows(oldPathFlags))
        {
            throw new FsException(FsErrorCode.Invalid);
        }

        if (!ReferenceEquals(Grant, newDirectory.Grant))
        {
            throw new FsException(FsErrorCode.NotPermitted);
        }

        LinkAtCore(SandboxPath.Parse(oldPath), newDirectory, SandboxPath.Parse(newPath));
    }

    /// <summary>Whether both descriptors refer to the same object.</summary>
    public bool IsSameObject(SandboxDescriptor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.GetType() == GetType() && IdentityCore() == other.IdentityCore();
    }

    /// <summary>A hash of the object's identity.</summary>
    public FsMetadataHash MetadataHash()
    {
        var (device, inode) = IdentityCore();
        return FsMetadataHash.Of(device, inode);
    }

    /// <summary>A hash of the identity of <paramref name="path"/> beneath this directory.</summary>
    public FsMetadataHash MetadataHashAt(FsPathFlags pathFlags, string path)
    {
        RequireDirectory();
        var (device, inode) = IdentityAtCore(SandboxPath.Parse(path), Follows(pathFlags));
        return FsMetadataHash.Of(device, inode);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private static bool Follows(FsPathFlags flags) => (flags & FsPathFlags.SymlinkFollow) != 0;

    private static long CheckOffset(ulong offset) =>
        offset > long.MaxValue ? throw new FsException(FsErrorCode.FileTooLarge) : (long)offset;

    private void RequireDirectory()
    {
        if (!IsDirectory)
        {
            throw new FsException(FsErrorCode.NotDirectory);
        }
    }

    private void RequireFile()
    {
        if (IsDirectory)
        {
            throw new FsException(FsErrorCode.BadDescriptor);
        }
    }

    private void RequireMutable()
    {
        if (Grant.ReadOnly)
        {
            throw new FsException(FsErrorCode.NotPermitted);
        }
    }
}
