namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>Where a walk through an in-memory tree ended: the directory and the final name in it.</summary>
internal readonly record struct MemoryLocation(MemoryDirectoryNode Directory, string Name, bool TrailingSlash)
{
    /// <summary>The node the final name refers to, or null.</summary>
    public MemoryNode? Entry => Directory.Find(Name);

    /// <summary>The existing node, requiring a directory after a trailing slash.</summary>
    public MemoryNode Existing()
    {
        var entry = Entry ?? throw new FsException(FsErrorCode.NoEntry);
        return TrailingSlash && entry is not MemoryDirectoryNode ? throw new FsException(FsErrorCode.NotDirectory) : entry;
    }
}
