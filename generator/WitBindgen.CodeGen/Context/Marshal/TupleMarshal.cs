namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>tuple&lt;…&gt;</c>: a C# value tuple.</summary>
internal sealed class TupleMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="items">The items, <c>Item1</c> first.</param>
    public TupleMarshal(MarshalFacts facts, IReadOnlyList<MarshalField> items)
        : base(facts)
    {
        Items = items;
    }

    /// <summary>The items, <c>Item1</c> first.</summary>
    public IReadOnlyList<MarshalField> Items { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Items.Select(f => f.Type).ToList();
}
