namespace WitBindgen.Wit.Binary.Loading;

/// <summary>A component instance defined inside the component: a nested component's instance or a bundle of exports.</summary>
internal sealed class DefinedInstance(IReadOnlyList<KeyValuePair<string, ComponentItemDefinition>> exports) : ComponentItemDefinition
{
    /// <summary>The instance's exports in order.</summary>
    public IReadOnlyList<KeyValuePair<string, ComponentItemDefinition>> Exports { get; } = exports;

    /// <inheritdoc />
    public override ExternKind Kind => ExternKind.Instance;

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    public ComponentItemDefinition? Find(string name)
    {
        foreach (var export in Exports)
        {
            if (export.Key == name)
            {
                return export.Value;
            }
        }

        return null;
    }
}
