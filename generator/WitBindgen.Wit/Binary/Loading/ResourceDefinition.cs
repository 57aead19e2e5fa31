namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A resource type: defined by the component (<c>(type (resource (rep i32) (dtor …)))</c>, one per instantiation of
/// the component defining it) or imported (identified by the import's path).
/// </summary>
/// <param name="Index">The resource's position in <see cref="ComponentPlan.Resources"/>.</param>
/// <param name="Import">For an imported resource: the import it is reached through; null for a defined one.</param>
/// <param name="Destructor">For a defined resource: its destructor, if any.</param>
internal sealed record ResourceDefinition(int Index, ImportedItem? Import, CoreDefinition? Destructor)
{
    /// <summary>The resource's type node, which the handle types naming it refer to (through <see cref="NamedNode"/>s).</summary>
    public TypeNode? Node { get; init; }

    /// <summary>For a defined resource: the component instance that defines it (its implementation); -1 for an imported one.</summary>
    public int ComponentInstance { get; init; } = -1;

    /// <summary>Whether the resource comes from the host.</summary>
    public bool IsImported => Import is not null;
}
