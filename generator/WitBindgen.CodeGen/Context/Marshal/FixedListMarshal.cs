namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>list&lt;T, N&gt;</c>: an array of exactly <see cref="Length"/> elements, stored inline.</summary>
internal sealed class FixedListMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="element">The element type.</param>
    /// <param name="length">The number of elements.</param>
    public FixedListMarshal(MarshalFacts facts, MarshalType element, uint length)
        : base(facts)
    {
        Element = element;
        Length = length;
    }

    /// <summary>The element type.</summary>
    public MarshalType Element { get; }

    /// <summary>The number of elements.</summary>
    public uint Length { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Element };
}
