namespace WitBindgen.Wit.Binary.Loading;

/// <summary>A component type index: a resource, or any other type (which has no runtime identity).</summary>
internal sealed class TypeItem(ResourceDefinition? resource, TypeNode? node) : ComponentItemDefinition
{
    /// <summary>The resource this type is, or null.</summary>
    public ResourceDefinition? Resource { get; } = resource;

    /// <summary>The type as the decoder read it, or null when it is not known.</summary>
    public TypeNode? Node { get; } = node;

    /// <inheritdoc />
    public override ExternKind Kind => ExternKind.Type;
}
