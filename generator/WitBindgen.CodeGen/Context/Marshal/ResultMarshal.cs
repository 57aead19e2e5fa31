namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>result&lt;T, E&gt;</c>: <c>global::WitBindgen.Result&lt;T, E&gt;</c>, an absent side being <c>Unit</c>.</summary>
internal sealed class ResultMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="ok">The success payload's type, or null.</param>
    /// <param name="err">The error payload's type, or null.</param>
    /// <param name="payloadOffset">The offset of either payload in linear memory.</param>
    public ResultMarshal(MarshalFacts facts, MarshalType? ok, MarshalType? err, uint payloadOffset)
        : base(facts)
    {
        Ok = ok;
        Err = err;
        PayloadOffset = payloadOffset;
    }

    /// <summary>The success payload's type, or null.</summary>
    public MarshalType? Ok { get; }

    /// <summary>The error payload's type, or null.</summary>
    public MarshalType? Err { get; }

    /// <summary>The offset of either payload in linear memory.</summary>
    public uint PayloadOffset { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => new[] { Ok, Err }.Where(t => t is not null).Select(t => t!).ToList();
}
