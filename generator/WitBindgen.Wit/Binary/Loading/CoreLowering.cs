namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A component function lowered to a core function (<c>canon lower</c>): an import of the outermost component or a
/// function lifted by another inlined component, with the options of the lowering.
/// </summary>
/// <param name="Index">The lowering's position in <see cref="ComponentPlan.Lowerings"/>.</param>
/// <param name="Callee">An <see cref="ImportedItem"/> of kind <see cref="ExternKind.Func"/> or a <see cref="LiftedFunction"/>.</param>
/// <param name="Options">The options of the lowering (the caller's memory, realloc and string encoding).</param>
/// <param name="Type">The lowered function's component type.</param>
/// <param name="ComponentInstance">The component instance whose <c>canon lower</c> made the core function: the caller.</param>
internal sealed record CoreLowering(int Index, ComponentItemDefinition Callee, CanonicalOptions Options, FuncNode? Type, int ComponentInstance);
