using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// A store's preopened directories, opened on the store's first <c>get-directories</c> from its configuration: the
/// host directories in the order added, then the in-memory ones.
/// </summary>
internal sealed class FilesystemState
{
    private FilesystemState(List<(SharedSandbox Root, string GuestPath)> preopens)
    {
        Preopens = preopens;
    }

    /// <summary>Each preopen's root and the name the guest sees.</summary>
    public IReadOnlyList<(SharedSandbox Root, string GuestPath)> Preopens { get; }

    /// <summary>The state of the calling store.</summary>
    public static FilesystemState Current => For(WasiContext.Current);

    /// <summary>The state of the store of <paramref name="context"/>.</summary>
    public static FilesystemState For(WasiContext context) => context.GetState(Create);

    private static FilesystemState Create(WasiContext context)
    {
        var preopens = new List<(SharedSandbox, string)>();
        foreach (var (host, guest, readOnly) in context.Configuration.PreopenedDirectories)
        {
            SandboxDescriptor root;
            try
            {
                root = HostDescriptor.OpenPreopen(host, readOnly);
            }
            catch (Exception exception) when (exception is DirectoryNotFoundException or PlatformNotSupportedException)
            {
                throw new WitRuntimeException($"Cannot preopen the directory '{host}' as '{guest}' for the direct backend's WASI: {exception.Message}");
            }

            preopens.Add((new SharedSandbox(root), guest));
        }

        foreach (var (directory, guest, readOnly) in context.Configuration.MemoryDirectories)
        {
            preopens.Add((new SharedSandbox(MemoryDescriptor.OpenPreopen(directory.Tree, readOnly)), guest));
        }

        return new FilesystemState(preopens);
    }
}
