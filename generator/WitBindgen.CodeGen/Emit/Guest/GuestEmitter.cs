using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Guest bindings: C# compiled into a component. Filled in by the guest emitter work (this folder); it
/// generates no files yet, so guest output is the shared type declarations only.
/// </summary>
internal sealed class GuestEmitter : IModeEmitter
{
    /// <inheritdoc />
    public IEnumerable<GeneratedFile> Emit(CodeGenContext context) => Array.Empty<GeneratedFile>();
}
