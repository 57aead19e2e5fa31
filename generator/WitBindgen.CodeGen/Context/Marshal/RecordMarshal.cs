namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>record</c>: a declared C# record with one property per field.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="WitName">The WIT name, for messages.</param>
/// <param name="Fields">The fields, in declaration order.</param>
internal sealed record RecordMarshal(MarshalFacts Facts, string WitName, IReadOnlyList<MarshalField> Fields) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Fields.Select(f => f.Type).ToList();
}
