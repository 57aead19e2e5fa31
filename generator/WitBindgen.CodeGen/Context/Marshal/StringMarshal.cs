namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>string</c>: lifted and lowered by fixed helpers, in the encoding the canonical function chooses.</summary>
internal sealed class StringMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    public StringMarshal(MarshalFacts facts)
        : base(facts)
    {
    }

    /// <inheritdoc />
    public override bool HasHelpers => false;

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
