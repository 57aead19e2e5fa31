namespace WitBindgen.Wit.Binary;

/// <summary>
/// The component-level index spaces of one component, component type or instance type while it is decoded,
/// with the enclosing scope for outer aliases. Core index spaces are not tracked: WIT never refers to them.
/// </summary>
internal sealed class DecoderScope(DecoderScope? parent, int depth)
{
    public DecoderScope? Parent { get; } = parent;

    /// <summary>How many scopes enclose this one.</summary>
    public int Depth { get; } = depth;

    public List<TypeNode> Types { get; } = new();

    public List<FuncNode?> Funcs { get; } = new();

    public List<InstanceNode?> Instances { get; } = new();

    public List<ComponentNode?> Components { get; } = new();

    public List<ExternItem> Imports { get; } = new();

    public List<ExternItem> Exports { get; } = new();

    /// <summary>Imports and exports in the order they appear, for the outermost component.</summary>
    public List<ExternItem> Items { get; } = new();

    public TypeNode Type(int index, int offset) =>
        index < Types.Count ? Types[index] : throw ComponentFormatException.Malformed(offset, "type index " + index + " is out of range");

    public FuncNode Func(int index, int offset) =>
        index < Funcs.Count ? Funcs[index] ?? throw ComponentFormatException.Unsupported(offset, "function " + index + " has no known type")
            : throw ComponentFormatException.Malformed(offset, "function index " + index + " is out of range");

    public InstanceNode Instance(int index, int offset) =>
        index < Instances.Count ? Instances[index] ?? throw ComponentFormatException.Unsupported(offset, "instance " + index + " has no known type")
            : throw ComponentFormatException.Malformed(offset, "instance index " + index + " is out of range");

    public ComponentNode Component(int index, int offset) =>
        index < Components.Count ? Components[index] ?? throw ComponentFormatException.Unsupported(offset, "component " + index + " has no known type")
            : throw ComponentFormatException.Malformed(offset, "component index " + index + " is out of range");

    /// <summary>The scope <paramref name="count"/> levels out, for <c>alias outer</c>.</summary>
    public DecoderScope Outer(uint count, int offset)
    {
        var scope = this;
        for (var i = 0u; i < count; i++)
        {
            scope = scope.Parent ?? throw ComponentFormatException.Malformed(offset, "outer alias count " + count + " reaches past the outermost component");
        }

        return scope;
    }

    /// <summary>Adds an item of <paramref name="kind"/> to the matching index space.</summary>
    public void AddToIndexSpace(ExternKind kind, TypeNode? type)
    {
        switch (kind)
        {
            case ExternKind.Func:
                Funcs.Add(type as FuncNode);
                break;
            case ExternKind.Type:
                Types.Add(type ?? new ResourceNode());
                break;
            case ExternKind.Instance:
                Instances.Add(type as InstanceNode);
                break;
            case ExternKind.Component:
                Components.Add(type as ComponentNode);
                break;
        }
    }
}
