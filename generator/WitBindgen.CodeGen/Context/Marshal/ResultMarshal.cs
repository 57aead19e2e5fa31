namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>result&lt;T, E&gt;</c>: <c>global::WitBindgen.Result&lt;T, E&gt;</c>, an absent side being <c>Unit</c>.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="Ok">The success payload's type, or null.</param>
/// <param name="Err">The error payload's type, or null.</param>
/// <param name="PayloadOffset">The offset of either payload in linear memory.</param>
internal sealed record ResultMarshal(MarshalFacts Facts, MarshalType? Ok, MarshalType? Err, uint PayloadOffset) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Ok, Err }.Where(t => t is not null).Select(t => t!).ToList();
}
