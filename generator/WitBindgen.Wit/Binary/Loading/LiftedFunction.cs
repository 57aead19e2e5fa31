namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A component function made by <c>canon lift</c>: a core function, its options, its WIT type and the component
/// instance that lifts it.
/// </summary>
internal sealed class LiftedFunction(CoreDefinition core, CanonicalOptions options, FuncNode type, int componentInstance) : ComponentItemDefinition
{
    /// <summary>The core function called.</summary>
    public CoreDefinition Core { get; } = core;

    /// <summary>The canonical options: memory, realloc, post-return, string encoding, async.</summary>
    public CanonicalOptions Options { get; } = options;

    /// <summary>The function's component type as the decoder read it.</summary>
    public FuncNode Type { get; } = type;

    /// <summary>The component instance whose <c>canon lift</c> made the function (<see cref="ComponentPlan.ComponentInstanceParents"/>).</summary>
    public int ComponentInstance { get; } = componentInstance;

    /// <inheritdoc />
    public override ExternKind Kind => ExternKind.Func;

    /// <inheritdoc />
    public override string ToString() => "lift of " + Core;
}
