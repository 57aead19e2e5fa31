using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>An <c>enum</c>: a C# enum whose values are the case indices.</summary>
internal sealed class EnumMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="witName">The WIT name, for messages.</param>
    /// <param name="cases">The cases, in declaration order; none has a payload.</param>
    /// <param name="discriminant">The discriminant's type in linear memory.</param>
    public EnumMarshal(MarshalFacts facts, string witName, IReadOnlyList<MarshalCase> cases, PrimitiveKind discriminant)
        : base(facts)
    {
        WitName = witName;
        Cases = cases;
        Discriminant = discriminant;
    }

    /// <summary>The WIT name, for messages.</summary>
    public string WitName { get; }

    /// <summary>The cases, in declaration order; none has a payload.</summary>
    public IReadOnlyList<MarshalCase> Cases { get; }

    /// <summary>The discriminant's type in linear memory.</summary>
    public PrimitiveKind Discriminant { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();
}
