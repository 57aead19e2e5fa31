namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// The state of one in-memory directory tree: its root, the lock every operation on it takes, and the byte
/// budget its files draw from (a guest that fills it gets insufficient-space, the host keeps its memory).
/// </summary>
internal sealed class MemoryTree
{
    private static long s_devices;
    private ulong _nextId;

    public MemoryTree(long capacity)
    {
        Capacity = capacity;
        Device = (ulong)Interlocked.Increment(ref s_devices);
        Root = new MemoryDirectoryNode(this);
    }

    /// <summary>Taken by every operation on the tree.</summary>
    public object Lock { get; } = new();

    public MemoryDirectoryNode Root { get; }

    /// <summary>The tree's device number (its identity among trees).</summary>
    public ulong Device { get; }

    public long Capacity { get; }

    public long Used { get; private set; }

    public static FsTimestamp Now() => FsTimestamp.From(DateTimeOffset.UtcNow) ?? default;

    public ulong NextId() => ++_nextId;

    /// <summary>Takes <paramref name="bytes"/> more of the budget (or gives them back when negative).</summary>
    public void Charge(long bytes)
    {
        if (bytes > 0 && Used + bytes > Capacity)
        {
            throw new FsException(FsErrorCode.InsufficientSpace);
        }

        Used += bytes;
    }
}
