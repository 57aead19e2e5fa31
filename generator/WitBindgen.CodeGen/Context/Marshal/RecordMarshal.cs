namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>record</c>: a declared C# record with one property per field.</summary>
internal sealed class RecordMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="witName">The WIT name, for messages.</param>
    /// <param name="fields">The fields, in declaration order.</param>
    public RecordMarshal(MarshalFacts facts, string witName, IReadOnlyList<MarshalField> fields)
        : base(facts)
    {
        WitName = witName;
        Fields = fields;
    }

    /// <summary>The WIT name, for messages.</summary>
    public string WitName { get; }

    /// <summary>The fields, in declaration order.</summary>
    public IReadOnlyList<MarshalField> Fields { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Fields.Select(f => f.Type).ToList();
}
