namespace WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

/// <summary>
/// One preopened directory as granted by the host: every descriptor opened beneath it keeps a reference, so
/// permissions and the preopen a descriptor belongs to are known without looking at paths.
/// </summary>
internal sealed class SandboxGrant
{
    public SandboxGrant(bool readOnly)
    {
        ReadOnly = readOnly;
    }

    /// <summary>Whether the guest may change nothing beneath this preopen.</summary>
    public bool ReadOnly { get; }
}
