namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A nested component not yet instantiated: its bytes and the component it was defined in, whose index spaces
/// its outer aliases read. An imported component has no bytes and cannot be instantiated here.
/// </summary>
internal sealed class ComponentClosure(int start, int end, FlattenFrame? parent, string? importName) : ComponentItemDefinition
{
    /// <summary>The first byte of the nested component's preamble.</summary>
    public int Start { get; } = start;

    /// <summary>The byte after the nested component.</summary>
    public int End { get; } = end;

    /// <summary>The enclosing component's frame, for outer aliases; null for an imported component.</summary>
    public FlattenFrame? Parent { get; } = parent;

    /// <summary>For an imported component: the import's name.</summary>
    public string? ImportName { get; } = importName;

    /// <inheritdoc />
    public override ExternKind Kind => ExternKind.Component;
}
