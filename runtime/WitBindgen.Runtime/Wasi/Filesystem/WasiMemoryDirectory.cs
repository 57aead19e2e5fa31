using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime;

/// <summary>
/// A directory tree held in memory that a guest can be granted with
/// <see cref="WasiConfiguration.WithPreopenedDirectory(WasiMemoryDirectory, string, bool)"/>: the host fills it
/// before the guest runs and reads it back afterwards, and the guest sees files, directories and symbolic links
/// with the same rules (and errors) as a host directory, confined to this tree. Paths given to these methods are
/// relative, separated by <c>/</c>, without <c>.</c>, <c>..</c> or links in them. Operations lock the tree, so
/// the host may read it while a guest of one store writes.
/// </summary>
public sealed class WasiMemoryDirectory
{
    /// <summary>The default <see cref="CapacityBytes"/>: 64 MiB.</summary>
    public const long DefaultCapacityBytes = 64L * 1024 * 1024;

    /// <summary>Creates an empty tree whose files may hold at most <paramref name="capacityBytes"/> bytes in all.</summary>
    public WasiMemoryDirectory(long capacityBytes = DefaultCapacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityBytes);
        Tree = new MemoryTree(capacityBytes);
    }

    /// <summary>The most bytes the tree's files hold together; a guest write past it fails with insufficient-space.</summary>
    public long CapacityBytes => Tree.Capacity;

    /// <summary>The bytes the tree's files hold now.</summary>
    public long UsedBytes
    {
        get
        {
            lock (Tree.Lock)
            {
                return Tree.Used;
            }
        }
    }

    internal MemoryTree Tree { get; }

    /// <summary>Creates or replaces the file <paramref name="path"/> with <paramref name="contents"/>, creating its parent directories.</summary>
    /// <exception cref="IOException">A component of the path is a file or link, or the tree's capacity is exceeded.</exception>
    public void WriteFile(string path, ReadOnlySpan<byte> contents)
    {
        var (parent, name) = Split(path);
        lock (Tree.Lock)
        {
            var directory = Walk(path, parent, create: true);
            var file = directory.Find(name) switch
            {
                null => Add(directory, name, new MemoryFileNode(Tree)),
                MemoryFileNode existing => existing,
                _ => throw new IOException($"Cannot write the file '{path}': a directory or link has that name."),
            };
            try
            {
                file.SetLength(0);
                file.Write(contents, 0);
            }
            catch (FsException)
            {
                throw new IOException($"Cannot write the file '{path}': {contents.Length} bytes exceed the tree's capacity of {Tree.Capacity} bytes.");
            }
        }
    }

    /// <summary>Creates the directory <paramref name="path"/> and its parents if they do not exist.</summary>
    /// <exception cref="IOException">A component of the path is a file or link.</exception>
    public void CreateDirectory(string path)
    {
        var (parent, name) = Split(path);
        lock (Tree.Lock)
        {
            Walk(path, [.. parent, name], create: true);
        }
    }

    /// <summary>Creates the symbolic link <paramref name="path"/> with the text <paramref name="target"/>, creating its parents.</summary>
    /// <exception cref="IOException">The name exists, or a component of the path is a file or link.</exception>
    public void CreateSymbolicLink(string path, string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        var (parent, name) = Split(path);
        lock (Tree.Lock)
        {
            var directory = Walk(path, parent, create: true);
            if (directory.Find(name) is not null)
            {
                throw new IOException($"Cannot create the link '{path}': the name exists.");
            }

            directory.Add(name, new MemorySymlinkNode(Tree, target));
        }
    }

    /// <summary>The contents of the file <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no file of that name.</exception>
    public byte[] ReadFile(string path)
    {
        lock (Tree.Lock)
        {
            return Find(path) is MemoryFileNode file
                ? file.Contents.ToArray()
                : throw new FileNotFoundException($"The in-memory directory has no file '{path}'.", path);
        }
    }

    /// <summary>Whether <paramref name="path"/> is a file.</summary>
    public bool FileExists(string path)
    {
        lock (Tree.Lock)
        {
            return Find(path) is MemoryFileNode;
        }
    }

    /// <summary>Whether <paramref name="path"/> is a directory (the empty path is the root).</summary>
    public bool DirectoryExists(string path)
    {
        lock (Tree.Lock)
        {
            return Find(path) is MemoryDirectoryNode;
        }
    }

    /// <summary>The names in the directory <paramref name="path"/> (the empty path is the root), in ordinal order.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no directory of that name.</exception>
    public IReadOnlyList<string> GetEntries(string path)
    {
        lock (Tree.Lock)
        {
            return Find(path) is MemoryDirectoryNode directory
                ? [.. directory.Entries.Keys]
                : throw new DirectoryNotFoundException($"The in-memory directory has no directory '{path}'.");
        }
    }

    private static (string[] Parent, string Name) Split(string path)
    {
        var components = Components(path);
        if (components.Length == 0)
        {
            throw new ArgumentException($"The path '{path}' names the root; give a name beneath it.", nameof(path));
        }

        return (components[..^1], components[^1]);
    }

    private static string[] Components(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var components = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var component in components)
        {
            if (component is "." or ".." || component.Contains('\0', StringComparison.Ordinal) || path.StartsWith('/'))
            {
                throw new ArgumentException($"The path '{path}' must be relative, without '.', '..' or NUL.", nameof(path));
            }

            try
            {
                SandboxPath.CheckName(component);
            }
            catch (FsException)
            {
                throw new ArgumentException($"The path '{path}' has a name longer than {SandboxPath.MaxNameBytes} bytes.", nameof(path));
            }
        }

        return components;
    }

    private static MemoryFileNode Add(MemoryDirectoryNode directory, string name, MemoryFileNode file)
    {
        directory.Add(name, file);
        return file;
    }

    private MemoryNode? Find(string path)
    {
        MemoryNode? node = Tree.Root;
        foreach (var component in Components(path))
        {
            node = (node as MemoryDirectoryNode)?.Find(component);
        }

        return node;
    }

    private MemoryDirectoryNode Walk(string path, string[] components, bool create)
    {
        var directory = Tree.Root;
        foreach (var component in components)
        {
            switch (directory.Find(component))
            {
                case MemoryDirectoryNode next:
                    directory = next;
                    break;
                case null when create:
                    var created = new MemoryDirectoryNode(Tree);
                    directory.Add(component, created);
                    directory = created;
                    break;
                default:
                    throw new IOException($"Cannot reach '{path}': '{component}' is not a directory.");
            }
        }

        return directory;
    }
}
