namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>string</c>: lifted and lowered by fixed helpers, in the encoding the canonical function chooses.</summary>
/// <param name="Facts">What every kind knows.</param>
internal sealed record StringMarshal(MarshalFacts Facts) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override bool HasHelpers => false;

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
