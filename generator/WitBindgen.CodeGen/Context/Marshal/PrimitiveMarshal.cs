using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>bool</c>, integer, float or <c>char</c>: lifted and lowered by fixed helpers.</summary>
internal sealed class PrimitiveMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="kind">The primitive.</param>
    public PrimitiveMarshal(MarshalFacts facts, PrimitiveKind kind)
        : base(facts)
    {
        Kind = kind;
    }

    /// <summary>The primitive.</summary>
    public PrimitiveKind Kind { get; }

    /// <inheritdoc />
    public override bool HasHelpers => false;

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
