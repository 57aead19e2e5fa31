using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>bool</c>, integer, float or <c>char</c>: lifted and lowered by fixed helpers.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="Kind">The primitive.</param>
internal sealed record PrimitiveMarshal(MarshalFacts Facts, PrimitiveKind Kind) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override bool HasHelpers => false;

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
