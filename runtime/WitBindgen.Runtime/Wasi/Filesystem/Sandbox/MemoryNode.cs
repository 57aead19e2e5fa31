namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>A file, directory or symbolic link of an in-memory tree.</summary>
internal abstract class MemoryNode
{
    protected MemoryNode(MemoryTree tree)
    {
        Tree = tree;
        Id = tree.NextId();
        Access = Modification = Birth = MemoryTree.Now();
    }

    public MemoryTree Tree { get; }

    /// <summary>The node's number, unique in its tree (its inode).</summary>
    public ulong Id { get; }

    public FsTimestamp Access { get; set; }

    public FsTimestamp Modification { get; set; }

    public FsTimestamp Birth { get; }

    public abstract FsDescriptorType Type { get; }

    public abstract ulong Size { get; }

    public abstract ulong LinkCount { get; }

    public FsStat Stat() => new(Type, LinkCount, Size, Access, Modification, Birth);
}
