namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>list&lt;T, N&gt;</c>: an array of exactly <see cref="Length"/> elements, stored inline.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="Element">The element type.</param>
/// <param name="Length">The number of elements.</param>
internal sealed record FixedListMarshal(MarshalFacts Facts, MarshalType Element, uint Length) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Element };
}
