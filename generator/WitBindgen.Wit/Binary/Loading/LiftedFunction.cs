namespace WitBindgen.Wit.Binary.Loading;

/// <summary>A component function made by <c>canon lift</c>: a core function, its options and its WIT type.</summary>
internal sealed class LiftedFunction(CoreDefinition core, CanonicalOptions options, FuncNode type) : ComponentItemDefinition
{
    /// <summary>The core function called.</summary>
    public CoreDefinition Core { get; } = core;

    /// <summary>The canonical options: memory, realloc, post-return, string encoding, async.</summary>
    public CanonicalOptions Options { get; } = options;

    /// <summary>The function's component type as the decoder read it.</summary>
    public FuncNode Type { get; } = type;

    /// <inheritdoc />
    public override ExternKind Kind => ExternKind.Func;

    /// <inheritdoc />
    public override string ToString() => "lift of " + Core;
}
