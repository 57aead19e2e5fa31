using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>An <c>own&lt;R&gt;</c> or <c>borrow&lt;R&gt;</c> handle (a resource used directly is <c>own</c>): an <c>i32</c> index.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="Resource">The resource, aliases followed.</param>
/// <param name="Borrow">Whether the handle is borrowed.</param>
/// <param name="ResourceName">The WIT name of the resource, for messages.</param>
/// <param name="ResourceClass">The fully qualified C# type of the resource's objects.</param>
internal sealed record HandleMarshal(MarshalFacts Facts, TypeId Resource, bool Borrow, string ResourceName, string ResourceClass) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
