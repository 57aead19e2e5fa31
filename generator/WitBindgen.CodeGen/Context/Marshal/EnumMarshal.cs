using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>An <c>enum</c>: a C# enum whose values are the case indices.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="WitName">The WIT name, for messages.</param>
/// <param name="Cases">The cases, in declaration order; none has a payload.</param>
/// <param name="Discriminant">The discriminant's type in linear memory.</param>
internal sealed record EnumMarshal(MarshalFacts Facts, string WitName, IReadOnlyList<MarshalCase> Cases, PrimitiveKind Discriminant) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
