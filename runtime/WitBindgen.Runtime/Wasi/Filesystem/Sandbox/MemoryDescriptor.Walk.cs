namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// Path resolution through an in-memory tree with the rules of the host walk: <c>..</c> never above the
/// descriptor, link text walked component by component, absolute link text refused, at most 40 links.
/// </summary>
internal sealed partial class MemoryDescriptor
{
    private const int MaxLinks = 40;

    private MemoryLocation Resolve(SandboxPath path, bool followFinal)
    {
        var directories = new Stack<MemoryDirectoryNode>();
        directories.Push((MemoryDirectoryNode)_node);
        var follow = followFinal || path.TrailingSlash;
        var pending = new Stack<string>();
        Push(pending, path.Components);
        var links = 0;
        var final = ".";
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            var last = pending.Count == 0;
            final = ".";
            if (name == ".")
            {
                continue;
            }

            if (name == "..")
            {
                if (directories.Count == 1)
                {
                    throw new FsException(FsErrorCode.NotPermitted);
                }

                directories.Pop();
                continue;
            }

            var entry = directories.Peek().Find(name);
            if (entry is MemorySymlinkNode link && (follow || !last))
            {
                if (++links > MaxLinks)
                {
                    throw new FsException(FsErrorCode.Loop);
                }

                Push(pending, SandboxPath.SplitLinkTarget(link.Target));
                continue;
            }

            if (last)
            {
                final = name;
                break;
            }

            directories.Push(entry switch
            {
                MemoryDirectoryNode directory => directory,
                null => throw new FsException(FsErrorCode.NoEntry),
                _ => throw new FsException(FsErrorCode.NotDirectory),
            });
        }

        return new MemoryLocation(directories.Peek(), final, path.TrailingSlash);
    }

    private static void Push(Stack<string> pending, IReadOnlyList<string> components)
    {
        for (var i = components.Count - 1; i >= 0; i--)
        {
            pending.Push(components[i]);
        }
    }
}
