namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>The Canonical ABI's constants and layout arithmetic (<c>definitions.py</c>), shared by the layout builder and the value engine.</summary>
internal static class CanonicalLayout
{
    /// <summary>At most this many flat parameters are passed as core parameters (<c>MAX_FLAT_PARAMS</c>).</summary>
    public const int MaxFlatParams = 16;

    /// <summary>At most this many flat results are returned as core results (<c>MAX_FLAT_RESULTS</c>).</summary>
    public const int MaxFlatResults = 1;

    /// <summary>The longest string a guest may hand over, in bytes (<c>MAX_STRING_BYTE_LENGTH</c>).</summary>
    public const uint MaxStringByteLength = (1u << 28) - 1;

    /// <summary>The largest list a guest may hand over, in bytes (<c>MAX_LIST_BYTE_LENGTH</c>).</summary>
    public const uint MaxListByteLength = (1u << 28) - 1;

    /// <summary>The bit of a <c>latin1+utf16</c> string's length that says its code units are UTF-16 (<c>utf16_tag</c> for 32-bit memories).</summary>
    public const uint Utf16Tag = 1u << 31;

    /// <summary>Rounds <paramref name="offset"/> up to a multiple of <paramref name="alignment"/>, saturating at <see cref="uint.MaxValue"/>.</summary>
    public static uint AlignTo(uint offset, uint alignment) => Saturate(AlignTo((ulong)offset, alignment));

    /// <summary>Rounds <paramref name="offset"/> up to a multiple of <paramref name="alignment"/> (a power of two).</summary>
    public static ulong AlignTo(ulong offset, uint alignment) => alignment <= 1 ? offset : (offset + alignment - 1) & ~(ulong)(alignment - 1);

    /// <summary>Clamps a size to 32 bits.</summary>
    public static uint Saturate(ulong value) => value > uint.MaxValue ? uint.MaxValue : (uint)value;

    /// <summary>The spec's <c>join</c> of two flat types sharing a position in different variant cases.</summary>
    public static FlatType Join(FlatType a, FlatType b)
    {
        if (a == b)
        {
            return a;
        }

        return (a, b) is (FlatType.I32, FlatType.F32) or (FlatType.F32, FlatType.I32) ? FlatType.I32 : FlatType.I64;
    }

    /// <summary>The size of the discriminant of a variant with <paramref name="caseCount"/> cases (<c>discriminant_type</c>).</summary>
    public static uint DiscriminantSize(int caseCount) => caseCount switch
    {
        <= 1 << 8 => 1,
        <= 1 << 16 => 2,
        _ => 4,
    };
}
