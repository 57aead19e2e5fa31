using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Host bindings: a .NET application that loads a component with Wasmtime. Filled in by the host emitter
/// work (this folder); it generates no files yet, so host output is the shared type declarations only.
/// </summary>
internal sealed class HostEmitter : IModeEmitter
{
    /// <inheritdoc />
    public IEnumerable<GeneratedFile> Emit(CodeGenContext context) => Array.Empty<GeneratedFile>();
}
