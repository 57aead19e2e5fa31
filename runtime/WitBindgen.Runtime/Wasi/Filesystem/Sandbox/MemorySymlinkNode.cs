using System.Text;

namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>A symbolic link of an in-memory tree.</summary>
internal sealed class MemorySymlinkNode : MemoryNode
{
    public MemorySymlinkNode(MemoryTree tree, string target)
        : base(tree)
    {
        Target = target;
    }

    public string Target { get; }

    public override FsDescriptorType Type => FsDescriptorType.SymbolicLink;

    public override ulong Size => (ulong)Encoding.UTF8.GetByteCount(Target);

    public override ulong LinkCount => 1;
}
