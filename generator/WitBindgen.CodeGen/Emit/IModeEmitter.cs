using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit;

/// <summary>
/// The bindings of one <see cref="BindingMode"/>: everything beyond the shared type declarations (resource
/// classes, import interfaces to implement, export wrappers, the world class). <see cref="CSharpGenerator"/>
/// runs the emitter of the selected mode after the type declarations, with every unsupported feature already
/// rejected by <see cref="Mapping.TypeSupport"/>.
/// </summary>
/// <remarks>
/// Put each file's contents in the namespace of the container it belongs to (<see cref="CSharpContainer.Namespace"/>),
/// decide every name in the mode's plan before writing (new type names in a fork of <see cref="CSharpContainer.Names"/>),
/// name files with <see cref="CSharpContainer.HintName"/>
/// (any suffix but <c>Types</c>), start each with <see cref="FileHeader.Write"/>, write C# types with
/// <see cref="CodeGenContext.Types"/>, and report problems to <see cref="CodeGenContext.Diagnostics"/>.
/// </remarks>
internal interface IModeEmitter
{
    /// <summary>Plans, then writes, the bindings of this mode for the world of <paramref name="context"/>.</summary>
    ModeOutput Emit(CodeGenContext context);
}
