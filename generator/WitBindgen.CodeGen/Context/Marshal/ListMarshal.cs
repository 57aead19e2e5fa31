namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>list&lt;T&gt;</c>: an array; <c>list&lt;u8&gt;</c> is a block of bytes with fixed helpers.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="Element">The element type.</param>
/// <param name="IsBytes">Whether the element is <c>u8</c>, so the list is copied as one block.</param>
internal sealed record ListMarshal(MarshalFacts Facts, MarshalType Element, bool IsBytes) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override bool HasHelpers => !IsBytes;

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Element };
}
