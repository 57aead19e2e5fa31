namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>A regular file of an in-memory tree; its bytes count against the tree's capacity.</summary>
internal sealed class MemoryFileNode : MemoryNode
{
    private byte[] _data = [];

    public MemoryFileNode(MemoryTree tree)
        : base(tree)
    {
    }

    public long Length { get; private set; }

    /// <summary>How many directory entries name this file (hard links).</summary>
    public int Links { get; set; }

    public override FsDescriptorType Type => FsDescriptorType.RegularFile;

    public override ulong Size => (ulong)Length;

    public override ulong LinkCount => (ulong)Links;

    public ReadOnlySpan<byte> Contents => _data.AsSpan(0, (int)Length);

    public int Read(Span<byte> buffer, long offset)
    {
        if (offset >= Length)
        {
            return 0;
        }

        var count = (int)Math.Min(buffer.Length, Length - offset);
        _data.AsSpan((int)offset, count).CopyTo(buffer);
        return count;
    }

    public void Write(ReadOnlySpan<byte> data, long offset)
    {
        var end = offset + data.Length;
        if (end > Length)
        {
            SetLength(end);
        }

        data.CopyTo(_data.AsSpan((int)offset));
        Modification = MemoryTree.Now();
    }

    /// <summary>Cuts or zero-extends the file, charging or crediting the tree's capacity.</summary>
    public void SetLength(long length)
    {
        if (length > Array.MaxLength)
        {
            throw new FsException(FsErrorCode.FileTooLarge);
        }

        Tree.Charge(length - Length);
        if (length > _data.Length)
        {
            Array.Resize(ref _data, (int)Math.Min(Array.MaxLength, Math.Max(length, (long)_data.Length * 2)));
        }
        else if (length < Length)
        {
            _data.AsSpan((int)length, (int)(Length - length)).Clear();
        }

        Length = length;
        Modification = MemoryTree.Now();
    }

    /// <summary>Credits the tree with the file's bytes when its last name goes.</summary>
    public void Release()
    {
        if (Links == 0)
        {
            Tree.Charge(-Length);
        }
    }
}
