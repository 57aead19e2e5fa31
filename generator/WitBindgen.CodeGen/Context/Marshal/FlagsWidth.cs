using System.Globalization;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>How a <c>flags</c> type is stored: nothing, one <c>u8</c>, <c>u16</c> or <c>u32</c>, or two <c>u32</c> words (up to 64 flags).</summary>
internal static class FlagsWidth
{
    public const int None = 0;
    public const int U8 = 1;
    public const int U16 = 2;
    public const int U32 = 4;
    public const int TwoWords = 8;

    /// <summary>The storage of <paramref name="count"/> flags, in bytes.</summary>
    public static int Of(int count) => count switch
    {
        <= 0 => None,
        <= 8 => U8,
        <= 16 => U16,
        <= 32 => U32,
        _ => TwoWords,
    };

    /// <summary>A literal with the low <paramref name="count"/> bits set, to drop bits that name no flag.</summary>
    public static string Mask(int count) => count >= 64
        ? "0xFFFFFFFFFFFFFFFFUL"
        : "0x" + ((1UL << count) - 1).ToString("X", CultureInfo.InvariantCulture) + (count > 32 ? "UL" : "u");
}
