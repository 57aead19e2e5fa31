namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// A descriptor over a node of an in-memory tree, with the errors Linux gives for the same operation (the ones
/// the host sandbox passes on), so a guest cannot tell the two apart by their failures.
/// </summary>
internal sealed partial class MemoryDescriptor : SandboxDescriptor
{
    private readonly MemoryTree _tree;
    private readonly MemoryNode _node;

    private MemoryDescriptor(MemoryNode node, SandboxGrant grant, bool readable, bool writable)
        : base(grant, node is MemoryDirectoryNode, readable, writable)
    {
        _tree = node.Tree;
        _node = node;
    }

    /// <summary>A preopen's root over the whole tree.</summary>
    public static MemoryDescriptor OpenPreopen(MemoryTree tree, bool readOnly) =>
        new(tree.Root, new SandboxGrant(readOnly), readable: true, writable: !readOnly);

    private MemoryFileNode File => (MemoryFileNode)_node;

    protected override SandboxDescriptor OpenAtCore(SandboxPath path, bool follow, FsOpenFlags openFlags, bool read, bool write)
    {
        lock (_tree.Lock)
        {
            var location = Resolve(path, follow);
            var entry = location.Entry;
            if (entry is null)
            {
                if ((openFlags & FsOpenFlags.Create) == 0)
                {
                    throw new FsException(FsErrorCode.NoEntry);
                }

                if (path.TrailingSlash)
                {
                    throw new FsException(FsErrorCode.IsDirectory);
                }

                SandboxPath.CheckName(location.Name);
                var file = new MemoryFileNode(_tree);
                location.Directory.Add(location.Name, file);
                return new MemoryDescriptor(file, Grant, read, write);
            }

            if ((openFlags & (FsOpenFlags.Create | FsOpenFlags.Exclusive)) == (FsOpenFlags.Create | FsOpenFlags.Exclusive))
            {
                throw new FsException(FsErrorCode.Exist);
            }

            switch (entry)
            {
                case MemorySymlinkNode:
                    throw new FsException(FsErrorCode.Loop);
                case MemoryDirectoryNode when write:
                    throw new FsException(FsErrorCode.IsDirectory);
                case MemoryFileNode when (openFlags & FsOpenFlags.Directory) != 0 || path.TrailingSlash:
                    throw new FsException(FsErrorCode.NotDirectory);
                case MemoryFileNode file when (openFlags & FsOpenFlags.Truncate) != 0:
                    file.SetLength(0);
                    break;
            }

            return new MemoryDescriptor(entry, Grant, read, write);
        }
    }

    protected override int ReadCore(Span<byte> buffer, long offset)
    {
        lock (_tree.Lock)
        {
            File.Access = MemoryTree.Now();
            return File.Read(buffer, offset);
        }
    }

    protected override int WriteCore(ReadOnlySpan<byte> data, long offset)
    {
        if (offset + data.Length > Array.MaxLength)
        {
            throw new FsException(FsErrorCode.FileTooLarge);
        }

        lock (_tree.Lock)
        {
            File.Write(data, offset);
            return data.Length;
        }
    }

    protected override void SetSizeCore(long size)
    {
        if (!Writable)
        {
            throw new FsException(FsErrorCode.Invalid);
        }

        lock (_tree.Lock)
        {
            File.SetLength(size);
        }
    }

    protected override void SyncCore(bool dataOnly)
    {
    }

    protected override FsStat StatCore()
    {
        lock (_tree.Lock)
        {
            return _node.Stat();
        }
    }

    protected override FsStat StatAtCore(SandboxPath path, bool follow)
    {
        lock (_tree.Lock)
        {
            return Resolve(path, follow).Existing().Stat();
        }
    }

    protected override void SetTimesCore(FsNewTimestamp access, FsNewTimestamp modification)
    {
        lock (_tree.Lock)
        {
            SetTimes(_node, access, modification);
        }
    }

    protected override void SetTimesAtCore(SandboxPath path, bool follow, FsNewTimestamp access, FsNewTimestamp modification)
    {
        lock (_tree.Lock)
        {
            SetTimes(Resolve(path, follow).Existing(), access, modification);
        }
    }

    protected override IReadOnlyList<FsDirectoryEntry> ReadDirectoryCore()
    {
        lock (_tree.Lock)
        {
            return [.. ((MemoryDirectoryNode)_node).Entries.Select(entry => new FsDirectoryEntry(entry.Value.Type, entry.Key))];
        }
    }

    protected override void CreateDirectoryAtCore(SandboxPath path)
    {
        lock (_tree.Lock)
        {
            var location = Resolve(path, followFinal: false);
            if (location.Entry is not null)
            {
                throw new FsException(FsErrorCode.Exist);
            }

            location.Directory.Add(location.Name, new MemoryDirectoryNode(_tree));
        }
    }

    protected override void RemoveDirectoryAtCore(SandboxPath path)
    {
        lock (_tree.Lock)
        {
            var location = Resolve(path, followFinal: false);
            if (location.Name == ".")
            {
                throw new FsException(FsErrorCode.Invalid);
            }

            switch (location.Entry)
            {
                case null:
                    throw new FsException(FsErrorCode.NoEntry);
                case not MemoryDirectoryNode:
                    throw new FsException(FsErrorCode.NotDirectory);
                case MemoryDirectoryNode { Entries.Count: > 0 }:
                    throw new FsException(FsErrorCode.NotEmpty);
            }

            location.Directory.Remove(location.Name);
        }
    }

    protected override void UnlinkFileAtCore(SandboxPath path)
    {
        lock (_tree.Lock)
        {
            var location = Resolve(path, followFinal: false);
            switch (location.Entry)
            {
                case null:
                    throw new FsException(FsErrorCode.NoEntry);
                case MemoryDirectoryNode:
                    throw new FsException(FsErrorCode.IsDirectory);
                case not null when path.TrailingSlash:
                    throw new FsException(FsErrorCode.NotDirectory);
            }

            location.Directory.Remove(location.Name);
        }
    }

    protected override void RenameAtCore(SandboxPath oldPath, SandboxDescriptor newDirectory, SandboxPath newPath)
    {
        var target = newDirectory as MemoryDescriptor;
        if (target is null || !ReferenceEquals(target._tree, _tree))
        {
            throw new FsException(FsErrorCode.CrossDevice);
        }

        lock (_tree.Lock)
        {
            var from = Resolve(oldPath, followFinal: false);
            var to = target.Resolve(newPath, followFinal: false);
            if (from.Name == "." || to.Name == ".")
            {
                throw new FsException(FsErrorCode.Busy);
            }

            var source = from.Entry ?? throw new FsException(FsErrorCode.NoEntry);
            if (source is not MemoryDirectoryNode && (from.TrailingSlash || to.TrailingSlash))
            {
                throw new FsException(FsErrorCode.NotDirectory);
            }

            var existing = to.Entry;
            if (ReferenceEquals(existing, source))
            {
                return;
            }

            if (source is MemoryDirectoryNode directory)
            {
                if (directory.Contains(to.Directory))
                {
                    throw new FsException(FsErrorCode.Invalid);
                }

                switch (existing)
                {
                    case MemoryDirectoryNode { Entries.Count: > 0 }:
                        throw new FsException(FsErrorCode.NotEmpty);
                    case not null and not MemoryDirectoryNode:
                        throw new FsException(FsErrorCode.NotDirectory);
                }
            }
            else if (existing is MemoryDirectoryNode)
            {
                throw new FsException(FsErrorCode.IsDirectory);
            }

            if (existing is not null)
            {
                to.Directory.Remove(to.Name);
            }

            to.Directory.Add(to.Name, source);
            from.Directory.Remove(from.Name);
        }
    }

    protected override void SymlinkAtCore(string target, SandboxPath path)
    {
        lock (_tree.Lock)
        {
            var location = Resolve(path, followFinal: false);
            if (location.Entry is not null)
            {
                throw new FsException(FsErrorCode.Exist);
            }

            if (path.TrailingSlash)
            {
                throw new FsException(FsErrorCode.NoEntry);
            }

            location.Directory.Add(location.Name, new MemorySymlinkNode(_tree, target));
        }
    }

    protected override string ReadlinkAtCore(SandboxPath path)
    {
        lock (_tree.Lock)
        {
            return Resolve(path, followFinal: false).Existing() is MemorySymlinkNode link
                ? link.Target
                : throw new FsException(FsErrorCode.Invalid);
        }
    }

    protected override void LinkAtCore(SandboxPath oldPath, SandboxDescriptor newDirectory, SandboxPath newPath)
    {
        var target = (MemoryDescriptor)newDirectory;
        lock (_tree.Lock)
        {
            var source = Resolve(oldPath, followFinal: false).Existing();
            var to = target.Resolve(newPath, followFinal: false);
            if (to.Entry is not null)
            {
                throw new FsException(FsErrorCode.Exist);
            }

            if (source is MemoryDirectoryNode)
            {
                throw new FsException(FsErrorCode.NotPermitted);
            }

            to.Directory.Add(to.Name, source);
        }
    }

    protected override (ulong Device, ulong Inode) IdentityCore() => (_tree.Device, _node.Id);

    protected override (ulong Device, ulong Inode) IdentityAtCore(SandboxPath path, bool follow)
    {
        lock (_tree.Lock)
        {
            return (_tree.Device, Resolve(path, follow).Existing().Id);
        }
    }

    private static void SetTimes(MemoryNode node, FsNewTimestamp access, FsNewTimestamp modification)
    {
        node.Access = Apply(access, node.Access);
        node.Modification = Apply(modification, node.Modification);
    }

    private static FsTimestamp Apply(FsNewTimestamp time, FsTimestamp current) => time.Kind switch
    {
        FsNewTimestampKind.NoChange => current,
        FsNewTimestampKind.Now => MemoryTree.Now(),
        _ when time.Time.Nanoseconds >= 1_000_000_000 => throw new FsException(FsErrorCode.Invalid),
        _ => time.Time,
    };
}
