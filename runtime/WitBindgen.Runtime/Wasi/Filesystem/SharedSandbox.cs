using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// A sandbox descriptor shared by the guest's handles to it (a preopen is handed out by every
/// <c>get-directories</c>) and the streams made from it: the host descriptor closes when the last one lets go,
/// as Wasmtime's reference-counted files do.
/// </summary>
internal sealed class SharedSandbox
{
    private int _references = 1;

    public SharedSandbox(SandboxDescriptor sandbox)
    {
        Sandbox = sandbox;
    }

    public SandboxDescriptor Sandbox { get; }

    /// <summary>Takes one more reference; returns this.</summary>
    public SharedSandbox AddReference()
    {
        Interlocked.Increment(ref _references);
        return this;
    }

    /// <summary>Lets go of one reference, closing the descriptor with the last.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Sandbox.Dispose();
        }
    }
}
