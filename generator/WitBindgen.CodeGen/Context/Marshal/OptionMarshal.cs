namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>
/// An <c>option&lt;T&gt;</c>: <c>T?</c>, or <c>global::WitBindgen.Option&lt;T&gt;</c> directly inside another option
/// (C# cannot nest <c>?</c>), which is a separate node with its own helpers.
/// </summary>
internal sealed class OptionMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="payload">The payload's type (an option again is in its <c>Option&lt;T&gt;</c> form).</param>
    /// <param name="isOptionStruct">Whether this option is in its <c>Option&lt;T&gt;</c> form.</param>
    /// <param name="payloadOffset">The offset of the payload in linear memory.</param>
    public OptionMarshal(MarshalFacts facts, MarshalType payload, bool isOptionStruct, uint payloadOffset)
        : base(facts)
    {
        Payload = payload;
        IsOptionStruct = isOptionStruct;
        PayloadOffset = payloadOffset;
    }

    /// <summary>The payload's type (an option again is in its <c>Option&lt;T&gt;</c> form).</summary>
    public MarshalType Payload { get; }

    /// <summary>Whether this option is in its <c>Option&lt;T&gt;</c> form.</summary>
    public bool IsOptionStruct { get; }

    /// <summary>The offset of the payload in linear memory.</summary>
    public uint PayloadOffset { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Payload };
}
