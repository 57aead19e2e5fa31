namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// Where a walk beneath a host directory ended: the directory descriptor holding the final name, and the
/// descriptors of the directories walked through, closed together. <c>..</c> goes back to the descriptor the
/// walk held before, so it can never reach above the directory the walk started from.
/// </summary>
internal sealed class HostLocation : IDisposable
{
    private readonly int _root;
    private readonly Stack<int> _opened = new();

    public HostLocation(int root)
    {
        _root = root;
    }

    /// <summary>The directory descriptor the final name is in.</summary>
    public int Directory => _opened.Count == 0 ? _root : _opened.Peek();

    /// <summary>The final name, a single component (<c>.</c> when the path named a directory it walked to).</summary>
    public string Name { get; set; } = ".";

    /// <summary>Whether the path ended with a slash.</summary>
    public bool TrailingSlash { get; set; }

    /// <summary>Enters a directory the walk opened (the location closes it).</summary>
    public void Enter(int descriptor) => _opened.Push(descriptor);

    /// <summary>Goes back to the parent directory; refuses to leave the walk's root.</summary>
    public void Leave()
    {
        if (_opened.Count == 0)
        {
            throw new FsException(FsErrorCode.NotPermitted);
        }

        HostLibc.Close(_opened.Pop());
    }

    /// <summary>The final name as NUL-terminated bytes, with the trailing slash for calls that never follow it.</summary>
    public byte[] NativeName(bool withTrailingSlash) =>
        SandboxPath.ToNative(Name, withTrailingSlash && TrailingSlash && Name != ".");

    public void Dispose()
    {
        while (_opened.Count > 0)
        {
            HostLibc.Close(_opened.Pop());
        }
    }
}
