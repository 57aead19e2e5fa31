using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>An <c>own&lt;R&gt;</c> or <c>borrow&lt;R&gt;</c> handle (a resource used directly is <c>own</c>): an <c>i32</c> index.</summary>
internal sealed class HandleMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="resource">The resource, aliases followed.</param>
    /// <param name="borrow">Whether the handle is borrowed.</param>
    /// <param name="resourceName">The WIT name of the resource, for messages.</param>
    /// <param name="resourceClass">The fully qualified C# type of the resource's objects.</param>
    public HandleMarshal(MarshalFacts facts, TypeId resource, bool borrow, string resourceName, string resourceClass)
        : base(facts)
    {
        Resource = resource;
        Borrow = borrow;
        ResourceName = resourceName;
        ResourceClass = resourceClass;
    }

    /// <summary>The resource, aliases followed.</summary>
    public TypeId Resource { get; }

    /// <summary>Whether the handle is borrowed.</summary>
    public bool Borrow { get; }

    /// <summary>The WIT name of the resource, for messages.</summary>
    public string ResourceName { get; }

    /// <summary>The fully qualified C# type of the resource's objects.</summary>
    public string ResourceClass { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
