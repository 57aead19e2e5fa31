namespace WitBindgen.Wit.Binary.Loading;

/// <summary>A component instance defined inside the component: a nested component's instance or a bundle of exports.</summary>
internal sealed class DefinedInstance(IReadOnlyList<KeyValuePair<string, ComponentItemDefinition>> exports) : ComponentItemDefinition
{
    /// <summary>The instance's exports in order.</summary>
    public IReadOnlyList<KeyValuePair<string, ComponentItemDefinition>> Exports { get; } = exports;

    /// <inheritdoc />
    public override ExternKind Kind => ExternKind.Instance;

    private readonly Dictionary<string, ComponentItemDefinition> _byName = IndexByName(exports);

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    public ComponentItemDefinition? Find(string name) => _byName.TryGetValue(name, out var item) ? item : null;

    private static Dictionary<string, ComponentItemDefinition> IndexByName(IReadOnlyList<KeyValuePair<string, ComponentItemDefinition>> exports)
    {
        var byName = new Dictionary<string, ComponentItemDefinition>(exports.Count);
        foreach (var export in exports)
        {
            if (!byName.ContainsKey(export.Key))
            {
                byName.Add(export.Key, export.Value);
            }
        }

        return byName;
    }
}
