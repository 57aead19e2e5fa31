namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// A component flattened into core WebAssembly: the core modules it embeds, the core instantiations in the
/// order the component performs them (nested components inlined), the lowered functions and canonical built-ins
/// those instantiations import, and the component's imports and exports. Immutable once built.
/// </summary>
internal sealed class ComponentPlan(
    IReadOnlyList<CoreModulePlan> modules,
    IReadOnlyList<CoreInstantiation> instantiations,
    IReadOnlyList<CoreLowering> lowerings,
    IReadOnlyList<CanonicalBuiltin> builtins,
    IReadOnlyList<ResourceDefinition> resources,
    IReadOnlyList<ComponentPlanItem> imports,
    IReadOnlyList<ComponentPlanItem> exports,
    IReadOnlyList<int> componentInstanceParents)
{
    /// <summary>Every embedded core module, each once.</summary>
    public IReadOnlyList<CoreModulePlan> Modules { get; } = modules;

    /// <summary>The core instantiations in order.</summary>
    public IReadOnlyList<CoreInstantiation> Instantiations { get; } = instantiations;

    /// <summary>Component functions lowered to core functions.</summary>
    public IReadOnlyList<CoreLowering> Lowerings { get; } = lowerings;

    /// <summary>Canonical built-ins other than lift and lower.</summary>
    public IReadOnlyList<CanonicalBuiltin> Builtins { get; } = builtins;

    /// <summary>Resource types, defined and imported, that built-ins refer to.</summary>
    public IReadOnlyList<ResourceDefinition> Resources { get; } = resources;

    /// <summary>The outermost component's imports in order.</summary>
    public IReadOnlyList<ComponentPlanItem> Imports { get; } = imports;

    /// <summary>The outermost component's exports in order.</summary>
    public IReadOnlyList<ComponentPlanItem> Exports { get; } = exports;

    /// <summary>
    /// The component instances in the order they are created, each as the index of the instance that instantiated it
    /// (its parent): the outermost component is instance 0, with parent -1; nested component instances follow.
    /// </summary>
    public IReadOnlyList<int> ComponentInstanceParents { get; } = componentInstanceParents;

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    public ComponentPlanItem? FindExport(string name)
    {
        foreach (var export in Exports)
        {
            if (export.Name == name)
            {
                return export;
            }
        }

        return null;
    }

    /// <summary>
    /// The function exported as <paramref name="name"/> at the top level, or as <paramref name="name"/> inside the
    /// exported instance <paramref name="instance"/>; null when there is none or it is not lifted here. Both names
    /// match as Wasmtime matches them (<see cref="VersionedNameLookup"/>): <c>a:b/c@0.2.0</c> finds an export
    /// <c>a:b/c@0.2.12</c>.
    /// </summary>
    public LiftedFunction? FindLiftedFunction(string? instance, string name)
    {
        if (instance is null)
        {
            return FindVersioned(Exports, name)?.Definition as LiftedFunction;
        }

        return (FindVersioned(Exports, instance)?.Definition as DefinedInstance) is { } exported
            && VersionedNameLookup.IndexOf(exported.Exports, static export => export.Key, name) is var index and >= 0
                ? exported.Exports[index].Value as LiftedFunction
                : null;
    }

    private static ComponentPlanItem? FindVersioned(IReadOnlyList<ComponentPlanItem> items, string name) =>
        VersionedNameLookup.IndexOf(items, static item => item.Name, name) is var index and >= 0 ? items[index] : null;

    /// <summary>The resource a handle type's resource node names (named nodes unwrapped), or null when the plan has none such.</summary>
    public ResourceDefinition? FindResource(TypeNode resource)
    {
        var node = NamedNode.Unwrap(resource);
        foreach (var definition in Resources)
        {
            if (definition.Node is { } candidate && ReferenceEquals(NamedNode.Unwrap(candidate), node))
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>The canonical built-ins that are not resource built-ins (async, stream, future, thread…), by name.</summary>
    public IReadOnlyList<string> UnsupportedBuiltinNames()
    {
        var names = new List<string>();
        foreach (var builtin in Builtins)
        {
            if (!builtin.IsResourceBuiltin && !names.Contains(builtin.Name))
            {
                names.Add(builtin.Name);
            }
        }

        return names;
    }
}
