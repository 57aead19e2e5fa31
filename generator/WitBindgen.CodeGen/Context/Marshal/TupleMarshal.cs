namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>tuple&lt;…&gt;</c>: a C# value tuple.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="Items">The items, <c>Item1</c> first.</param>
internal sealed record TupleMarshal(MarshalFacts Facts, IReadOnlyList<MarshalField> Items) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Items.Select(f => f.Type).ToList();
}
