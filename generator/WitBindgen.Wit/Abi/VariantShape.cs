using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Abi;

/// <summary>Where a variant-like value (variant, enum, option, result) keeps its discriminant and payload in memory.</summary>
/// <param name="Discriminant">The discriminant's type: <c>u8</c>, <c>u16</c> or <c>u32</c> by case count. It flattens to one <c>i32</c>.</param>
/// <param name="DiscriminantSize">The discriminant's size in bytes, at offset 0.</param>
/// <param name="PayloadOffset">The offset of every case's payload: the discriminant size aligned to the largest payload alignment.</param>
/// <param name="Size">The whole value's size.</param>
/// <param name="Alignment">The whole value's alignment.</param>
public sealed record VariantShape(PrimitiveKind Discriminant, uint DiscriminantSize, uint PayloadOffset, uint Size, uint Alignment)
{
    /// <summary>The discriminant's flat core type, always <c>i32</c>.</summary>
    public CoreType DiscriminantCoreType => CoreType.I32;
}
