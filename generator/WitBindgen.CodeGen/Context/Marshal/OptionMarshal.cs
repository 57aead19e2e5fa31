namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>
/// An <c>option&lt;T&gt;</c>: <c>T?</c>, or <c>global::WitBindgen.Option&lt;T&gt;</c> directly inside another option
/// (C# cannot nest <c>?</c>), which is a separate node with its own helpers.
/// </summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="Payload">The payload's type (an option again is in its <c>Option&lt;T&gt;</c> form).</param>
/// <param name="IsOptionStruct">Whether this option is in its <c>Option&lt;T&gt;</c> form.</param>
/// <param name="PayloadOffset">The offset of the payload in linear memory.</param>
internal sealed record OptionMarshal(MarshalFacts Facts, MarshalType Payload, bool IsOptionStruct, uint PayloadOffset) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Payload };
}
