namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// The index spaces of one component instantiation while it is flattened: the outermost component, or a nested
/// component instantiated with arguments. Outer aliases read the frame of the component that defined the nested
/// one (<see cref="Parent"/>); the decoder's <see cref="Scope"/> follows the same nesting for types.
/// </summary>
internal sealed class FlattenFrame(FlattenFrame? parent, DecoderScope scope, IReadOnlyDictionary<string, ComponentItemDefinition>? arguments, int instance = 0)
{
    /// <summary>The frame of the enclosing component definition; null for the outermost component.</summary>
    public FlattenFrame? Parent { get; } = parent;

    /// <summary>The decoder's index spaces of this instantiation (types, function types).</summary>
    public DecoderScope Scope { get; } = scope;

    /// <summary>The instantiation arguments by name; null for the outermost component, whose imports the host supplies.</summary>
    public IReadOnlyDictionary<string, ComponentItemDefinition>? Arguments { get; } = arguments;

    /// <summary>The component instance this frame flattens (<see cref="ComponentPlan.ComponentInstanceParents"/>); 0 for the outermost.</summary>
    public int Instance { get; } = instance;

    public List<CoreDefinition> CoreFuncs { get; } = new();

    public List<CoreDefinition> CoreTables { get; } = new();

    public List<CoreDefinition> CoreMemories { get; } = new();

    public List<CoreDefinition> CoreGlobals { get; } = new();

    public List<CoreDefinition> CoreTags { get; } = new();

    public List<CoreModuleItem> CoreModules { get; } = new();

    public List<CoreInstanceItem> CoreInstances { get; } = new();

    /// <summary>Component functions: <see cref="LiftedFunction"/>s and <see cref="ImportedItem"/>s.</summary>
    public List<ComponentItemDefinition> Funcs { get; } = new();

    /// <summary>Component instances: <see cref="DefinedInstance"/>s and <see cref="ImportedItem"/>s.</summary>
    public List<ComponentItemDefinition> Instances { get; } = new();

    public List<ComponentClosure> Components { get; } = new();

    public List<TypeItem> Types { get; } = new();

    /// <summary>What this instantiation exports, in order.</summary>
    public List<KeyValuePair<string, ComponentItemDefinition>> Exports { get; } = new();

    /// <summary>Whether this is the outermost component.</summary>
    public bool IsOutermost => Arguments is null;

    /// <summary>The core index space of <paramref name="sort"/>, for the sorts core instances export.</summary>
    public List<CoreDefinition>? CoreSpace(CoreSort sort) => sort switch
    {
        CoreSort.Func => CoreFuncs,
        CoreSort.Table => CoreTables,
        CoreSort.Memory => CoreMemories,
        CoreSort.Global => CoreGlobals,
        CoreSort.Tag => CoreTags,
        _ => null,
    };

    /// <summary>Appends <paramref name="item"/> to the index space of its kind.</summary>
    public void Add(ComponentItemDefinition item)
    {
        switch (item)
        {
            case CoreModuleItem module:
                CoreModules.Add(module);
                break;
            case TypeItem type:
                Types.Add(type);
                break;
            case ComponentClosure component:
                Components.Add(component);
                break;
            default:
                (item.Kind == ExternKind.Instance ? Instances : Funcs).Add(item);
                break;
        }
    }
}
