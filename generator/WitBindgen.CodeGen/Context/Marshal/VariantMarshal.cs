using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>variant</c>: a declared closed class hierarchy with one nested class per case.</summary>
internal sealed class VariantMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="witName">The WIT name, for messages.</param>
    /// <param name="cases">The cases, in declaration order (a case's index is its discriminant).</param>
    /// <param name="discriminant">The discriminant's type in linear memory: <c>u8</c>, <c>u16</c> or <c>u32</c>.</param>
    /// <param name="payloadOffset">The offset of every case's payload in linear memory.</param>
    public VariantMarshal(MarshalFacts facts, string witName, IReadOnlyList<MarshalCase> cases, PrimitiveKind discriminant, uint payloadOffset)
        : base(facts)
    {
        WitName = witName;
        Cases = cases;
        Discriminant = discriminant;
        PayloadOffset = payloadOffset;
    }

    /// <summary>The WIT name, for messages.</summary>
    public string WitName { get; }

    /// <summary>The cases, in declaration order (a case's index is its discriminant).</summary>
    public IReadOnlyList<MarshalCase> Cases { get; }

    /// <summary>The discriminant's type in linear memory: <c>u8</c>, <c>u16</c> or <c>u32</c>.</summary>
    public PrimitiveKind Discriminant { get; }

    /// <summary>The offset of every case's payload in linear memory.</summary>
    public uint PayloadOffset { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Cases.Where(c => c.Payload is not null).Select(c => c.Payload!).ToList();
}
