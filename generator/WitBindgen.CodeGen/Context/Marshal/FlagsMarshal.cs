namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>A <c>flags</c> type: a C# <c>[Flags]</c> enum whose bit k is flag k.</summary>
/// <param name="Facts">What every kind knows.</param>
/// <param name="WitName">The WIT name, for messages.</param>
/// <param name="Flags">The flags, in declaration order.</param>
/// <param name="Width">How the flags are stored, one of the <see cref="FlagsWidth"/> constants.</param>
internal sealed record FlagsMarshal(MarshalFacts Facts, string WitName, IReadOnlyList<MarshalCase> Flags, int Width) : MarshalType(Facts)
{
    /// <inheritdoc />
    public override IReadOnlyList<MarshalType> Children => Array.Empty<MarshalType>();

    /// <summary>A literal with one bit per flag set, to drop bits that name no flag.</summary>
    public string Mask => FlagsWidth.Mask(Flags.Count);
}
