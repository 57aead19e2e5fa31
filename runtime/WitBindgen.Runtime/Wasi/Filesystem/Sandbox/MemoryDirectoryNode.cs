namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>A directory of an in-memory tree: its entries by name, in ordinal order.</summary>
internal sealed class MemoryDirectoryNode : MemoryNode
{
    public MemoryDirectoryNode(MemoryTree tree)
        : base(tree)
    {
    }

    public SortedDictionary<string, MemoryNode> Entries { get; } = new(StringComparer.Ordinal);

    public override FsDescriptorType Type => FsDescriptorType.Directory;

    public override ulong Size => 0;

    public override ulong LinkCount => 2 + (ulong)Entries.Values.Count(entry => entry is MemoryDirectoryNode);

    public MemoryNode? Find(string name) => name == "." ? this : Entries.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="node"/> is this directory or beneath it.</summary>
    public bool Contains(MemoryNode node) =>
        ReferenceEquals(node, this) || Entries.Values.Any(entry => entry is MemoryDirectoryNode directory && directory.Contains(node));

    public void Add(string name, MemoryNode node)
    {
        Entries.Add(name, node);
        if (node is MemoryFileNode file)
        {
            file.Links++;
        }

        Modification = MemoryTree.Now();
    }

    public void Remove(string name)
    {
        if (Entries.Remove(name, out var node) && node is MemoryFileNode file)
        {
            file.Links--;
            file.Release();
        }

        Modification = MemoryTree.Now();
    }
}
