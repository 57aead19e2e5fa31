using WitBindgen.Wit.Abi;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>map&lt;K, V&gt;</c>: a dictionary, stored as a list of key-value entries.</summary>
internal sealed class MapMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="keyType">The key type.</param>
    /// <param name="valueType">The value type.</param>
    /// <param name="entry">The layout of one entry (a record of the key and the value).</param>
    /// <param name="valueOffset">The offset of the value in an entry.</param>
    public MapMarshal(MarshalFacts facts, MarshalType keyType, MarshalType valueType, TypeLayout entry, uint valueOffset)
        : base(facts)
    {
        KeyType = keyType;
        ValueType = valueType;
        Entry = entry;
        ValueOffset = valueOffset;
    }

    /// <summary>The key type.</summary>
    public MarshalType KeyType { get; }

    /// <summary>The value type.</summary>
    public MarshalType ValueType { get; }

    /// <summary>The layout of one entry (a record of the key and the value).</summary>
    public TypeLayout Entry { get; }

    /// <summary>The offset of the value in an entry.</summary>
    public uint ValueOffset { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { KeyType, ValueType };
}
