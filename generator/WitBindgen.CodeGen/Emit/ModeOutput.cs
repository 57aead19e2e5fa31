namespace WitBindgen.CodeGen.Emit;

/// <summary>What a mode's bindings add to the shared type declarations: files, and the guest exports they declare.</summary>
internal sealed class ModeOutput
{
    /// <param name="files">The mode's files.</param>
    /// <param name="guestExports">The exports the guest bindings declare, for <see cref="CodeGenResult.Exports"/>; empty for host bindings.</param>
    public ModeOutput(IReadOnlyList<GeneratedFile> files, IReadOnlyList<GuestExport> guestExports)
    {
        Files = files;
        GuestExports = guestExports;
    }

    /// <summary>The mode's files.</summary>
    public IReadOnlyList<GeneratedFile> Files { get; }

    /// <summary>The exports the guest bindings declare, as their plan named them; empty for host bindings.</summary>
    public IReadOnlyList<GuestExport> GuestExports { get; }
}
