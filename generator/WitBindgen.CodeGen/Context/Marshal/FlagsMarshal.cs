namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>flags</c> type: a C# <c>[Flags]</c> enum whose bit k is flag k.</summary>
internal sealed class FlagsMarshal : MarshalType
{
    /// <param name="facts">What every kind knows.</param>
    /// <param name="witName">The WIT name, for messages.</param>
    /// <param name="flags">The flags, in declaration order.</param>
    /// <param name="width">How the flags are stored, one of the <see cref="FlagsWidth"/> constants.</param>
    public FlagsMarshal(MarshalFacts facts, string witName, IReadOnlyList<MarshalCase> flags, int width)
        : base(facts)
    {
        WitName = witName;
        Flags = flags;
        Width = width;
    }

    /// <summary>The WIT name, for messages.</summary>
    public string WitName { get; }

    /// <summary>The flags, in declaration order.</summary>
    public IReadOnlyList<MarshalCase> Flags { get; }

    /// <summary>How the flags are stored, one of the <see cref="FlagsWidth"/> constants.</summary>
    public int Width { get; }

    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();

    /// <summary>A literal with one bit per flag set, to drop bits that name no flag.</summary>
    public string Mask => FlagsWidth.Mask(Flags.Count);
}
