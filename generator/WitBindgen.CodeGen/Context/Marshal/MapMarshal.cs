using WitBindgen.Wit.Abi;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>map&lt;K, V&gt;</c>: a dictionary, stored as a list of key-value entries.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="KeyType">The key type.</param>
/// <param name="ValueType">The value type.</param>
/// <param name="Entry">The layout of one entry (a record of the key and the value).</param>
/// <param name="ValueOffset">The offset of the value in an entry.</param>
internal sealed record MapMarshal(MarshalFacts Facts, MarshalType KeyType, MarshalType ValueType, TypeLayout Entry, uint ValueOffset) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { KeyType, ValueType };
}
