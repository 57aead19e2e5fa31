using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>variant</c>: a declared closed class hierarchy with one nested class per case.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="WitName">The WIT name, for messages.</param>
/// <param name="Cases">The cases, in declaration order (a case's index is its discriminant).</param>
/// <param name="Discriminant">The discriminant's type in linear memory: <c>u8</c>, <c>u16</c> or <c>u32</c>.</param>
/// <param name="PayloadOffset">The offset of every case's payload in linear memory.</param>
internal sealed record VariantMarshal(MarshalFacts Facts, string WitName, IReadOnlyList<MarshalCase> Cases, PrimitiveKind Discriminant, uint PayloadOffset)
    : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Cases.Where(c => c.Payload is not null).Select(c => c.Payload!).ToList();
}
