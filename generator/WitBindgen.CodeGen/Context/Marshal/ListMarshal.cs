namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>list&lt;T&gt;</c>: an array; <c>list&lt;u8&gt;</c> is a block of bytes with fixed helpers.</summary>
internal sealed class ListMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="element">The element type.</param>
    /// <param name="isBytes">Whether the element is <c>u8</c>, so the list is copied as one block.</param>
    public ListMarshal(MarshalFacts facts, MarshalType element, bool isBytes)
        : base(facts)
    {
        Element = element;
        IsBytes = isBytes;
    }

    /// <summary>The element type.</summary>
    public MarshalType Element { get; }

    /// <summary>Whether the element is <c>u8</c>, so the list is copied as one block.</summary>
    public bool IsBytes { get; }

    /// <inheritdoc />
    public override bool HasHelpers => !IsBytes;

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Element };
}
