namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A field of a record or an item of a tuple.</summary>
internal sealed class MarshalField
{
    /// <param name="witName">The WIT field name, or empty for a tuple item.</param>
    /// <param name="member">The C# member holding it: the record's property, or <c>Item1</c>, <c>Item2</c>, ….</param>
    /// <param name="offset">Its offset in linear memory from the start of the value.</param>
    /// <param name="type">Its type.</param>
    public MarshalField(string witName, string member, uint offset, MarshalType type)
    {
        WitName = witName;
        Member = member;
        Offset = offset;
        Type = type;
    }

    /// <summary>The WIT field name, or empty for a tuple item.</summary>
    public string WitName { get; }

    /// <summary>The C# member holding it: the record's property, or <c>Item1</c>, <c>Item2</c>, ….</summary>
    public string Member { get; }

    /// <summary>Its offset in linear memory from the start of the value.</summary>
    public uint Offset { get; }

    /// <summary>Its type.</summary>
    public MarshalType Type { get; }
}
